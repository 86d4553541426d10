/** Page count, total and largest page weight (HTML + CSS gzipped) of a built site. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { PageFigures } from '../../lib/bench/report.ts';
import { heaviest, pageWeight } from '../../lib/site-audit/page-weight.ts';
import { sitePaths } from '../../lib/site-audit/site-pages.ts';

export function pageFigures(siteDir: string): PageFigures {
  const assets = new Map<string, Buffer>();
  const readAsset = (href: string) => {
    const file = path.join(siteDir, href.split(/[?#]/)[0]!);
    let bytes = assets.get(file);
    if (!bytes) assets.set(file, (bytes = readFileSync(file)));
    return bytes;
  };
  const weights = sitePaths(siteDir).map((page) => {
    const file = page.endsWith('.html') ? page : `${page}index.html`;
    return pageWeight(page, readFileSync(path.join(siteDir, file), 'utf8'), readAsset);
  });
  const largest = heaviest(weights, 1)[0];
  return {
    count: weights.length,
    totalGz: weights.reduce((sum, weight) => sum + weight.total, 0),
    largestGz: largest?.total ?? 0,
    largestPath: largest?.path ?? '',
  };
}
