/** The bench's content generator: valid for the checker at any size, and the same per seed. */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeSyntheticContent } from '../../src/cli/bench/write-content.ts';
import { checkContent } from '../../src/lib/check-content.ts';
import { collectionSizes, generateContent } from '../../src/lib/bench/synthetic-content.ts';

const root = mkdtempSync(path.join(os.tmpdir(), 'casefile-synthetic-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('synthetic content', () => {
  it.each([20, 400])('checks with no errors and no warnings at n = %i', async (n) => {
    const contentDir = path.join(root, `n-${n}`);
    expect(await writeSyntheticContent(contentDir, { n })).toBe(n);
    const result = await checkContent({ contentDir, projectRoot: root });
    expect(result.diagnostics).toEqual([]);
    expect(result.index.all.length).toBe(n);
    expect(readdirSync(contentDir).sort()).toEqual(['actors', 'quotes', 'sanctions', 'sources', 'story', 'timeline']);
  });

  it('is the same for the same seed and differs for another', () => {
    const text = (seed: number) => JSON.stringify(generateContent({ n: 200, seed }));
    expect(text(12)).toBe(text(12));
    expect(text(12)).not.toBe(text(13));
  });

  it('keeps the real proportions, one story, and bodies of 3 to 6 cited paragraphs with mentions', () => {
    expect(collectionSizes(1000)).toEqual({
      story: 1,
      actors: 280,
      sanctions: 50,
      quotes: 140,
      timeline: 150,
      sources: 379,
    });
    for (const file of generateContent({ n: 300 })) {
      const body = file.text.split('\n---\n')[1]!.trim();
      const paragraphs = body.split('\n\n');
      expect(paragraphs.length).toBeGreaterThanOrEqual(3);
      expect(paragraphs.length).toBeLessThanOrEqual(6);
      expect(paragraphs.every((p) => /:cite\[[a-z0-9-]+\]$/.test(p) && /:\w+\[[^\]]+\]\{#/.test(p))).toBe(true);
    }
  });

  it('refuses a corpus too small to hold every kind of reference', () => {
    expect(() => generateContent({ n: 5 })).toThrow('--n must be a whole number of at least 20');
  });
});
