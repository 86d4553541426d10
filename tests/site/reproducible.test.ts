/**
 * The same content builds to the same bytes: a second clean build, in a far-east and a far-west
 * time zone and under two locales, is byte-identical to the first. Nothing in the output may
 * depend on the clock, the time zone, the locale, random ids or file-system order.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BUILT_SITE } from '../helpers/built-site.ts';
import { runCli } from '../helpers/run-cli.ts';
import { siteFiles } from '../helpers/site-files.ts';

const scratch = mkdtempSync(path.join(tmpdir(), 'casefile-repro-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Each file's sha256, by site path. */
function digests(siteDir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const file of [...siteFiles(siteDir)].sort()) {
    out[file] = createHash('sha256')
      .update(readFileSync(path.join(siteDir, file)))
      .digest('hex');
  }
  return out;
}

describe('reproducible builds', () => {
  const reference = digests(BUILT_SITE);

  it.each([
    ['Pacific/Kiritimati', 'de_DE.UTF-8'],
    ['America/Los_Angeles', 'C'],
  ])('a clean build in TZ=%s, LANG=%s is byte-identical', (tz, lang) => {
    const outDir = path.join(scratch, tz.replace('/', '-'));
    const result = runCli('build', ['--force', '--out', outDir], { TZ: tz, LANG: lang, LC_ALL: lang });
    expect(result.status, result.stdout + result.stderr).toBe(0);
    const rebuilt = digests(outDir);
    expect(Object.keys(rebuilt)).toEqual(Object.keys(reference));
    const differing = Object.keys(reference).filter((file) => rebuilt[file] !== reference[file]);
    expect(differing).toEqual([]);
  });
});
