/** The share-image cache: a hit returns the stored bytes unrendered; another renderer misses. */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { diskPngCache } from '../../src/lib/seo/png-cache.ts';

const dir = mkdtempSync(path.join(os.tmpdir(), 'casefile-png-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('diskPngCache', () => {
  it('renders an SVG once, then serves the same bytes from disk', async () => {
    let renders = 0;
    const render = async () => {
      renders++;
      return new Uint8Array([1, 2, renders]);
    };
    const cache = diskPngCache(dir, 'resvg 1');
    expect(await cache.get('<svg>a</svg>', render)).toEqual(new Uint8Array([1, 2, 1]));
    expect(await diskPngCache(dir, 'resvg 1').get('<svg>a</svg>', render)).toEqual(new Uint8Array([1, 2, 1]));
    expect(renders).toBe(1);
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('renders again for a changed SVG or another renderer version', async () => {
    let renders = 0;
    const render = async () => new Uint8Array([++renders]);
    await diskPngCache(dir, 'resvg 1').get('<svg>b</svg>', render);
    await diskPngCache(dir, 'resvg 1').get('<svg>c</svg>', render);
    await diskPngCache(dir, 'resvg 2').get('<svg>b</svg>', render);
    expect(renders).toBe(3);
  });

  it('stores every PNG of a batch rendered at once, with no partial file left', async () => {
    const batch = mkdtempSync(path.join(os.tmpdir(), 'casefile-png-batch-'));
    try {
      const cache = diskPngCache(batch, 'resvg 1');
      const svgs = Array.from({ length: 12 }, (_, i) => `<svg>${i % 6}</svg>`);
      const pngs = await Promise.all(svgs.map((svg, i) => cache.get(svg, async () => new Uint8Array([i % 6]))));
      expect(pngs.map((png) => png[0])).toEqual(svgs.map((_, i) => i % 6));
      expect(readdirSync(batch).sort()).toHaveLength(6);
      expect(readdirSync(batch).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    } finally {
      rmSync(batch, { recursive: true, force: true });
    }
  });
});
