/** The share-image cache: a hit returns the stored bytes unrendered; another renderer misses. */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { diskPngCache } from '../../src/lib/seo/png-cache.ts';

const dir = mkdtempSync(path.join(os.tmpdir(), 'casefile-png-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('diskPngCache', () => {
  it('renders an SVG once, then serves the same bytes from disk', () => {
    let renders = 0;
    const render = () => {
      renders++;
      return new Uint8Array([1, 2, renders]);
    };
    const cache = diskPngCache(dir, 'resvg 1');
    expect(cache.get('<svg>a</svg>', render)).toEqual(new Uint8Array([1, 2, 1]));
    expect(diskPngCache(dir, 'resvg 1').get('<svg>a</svg>', render)).toEqual(new Uint8Array([1, 2, 1]));
    expect(renders).toBe(1);
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('renders again for a changed SVG or another renderer version', () => {
    let renders = 0;
    const render = () => new Uint8Array([++renders]);
    diskPngCache(dir, 'resvg 1').get('<svg>b</svg>', render);
    diskPngCache(dir, 'resvg 1').get('<svg>c</svg>', render);
    diskPngCache(dir, 'resvg 2').get('<svg>b</svg>', render);
    expect(renders).toBe(3);
  });
});
