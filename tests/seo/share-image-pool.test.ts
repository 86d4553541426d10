/**
 * The share-image workers give the bytes an in-process render gives, each answer to its own card
 * however many are asked at once, and a worker that cannot start fails the render instead of
 * leaving it waiting.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ShareCard } from '../../src/lib/seo/share-cards.ts';
import { closeShareImagePools, shareImagePool } from '../../src/lib/seo/share-image-pool.ts';
import { shareImagePng } from '../../src/lib/seo/share-image.ts';

const cards: ShareCard[] = Array.from({ length: 6 }, (_, i) => ({
  slug: `actors/actor-${i}`,
  path: `/actors/actor-${i}/`,
  title: `Actor ${i}`,
  kind: 'Person',
  detail: `Card number ${i}.`,
  siteName: 'casefile test',
}));

const pool = shareImagePool({ projectRoot: process.cwd(), cache: false, workers: 2 });
afterAll(() => pool.close());

describe('shareImagePool', () => {
  it('renders every card as the in-process renderer does, all asked at once', async () => {
    const pooled = await Promise.all(cards.map((card) => pool.render(card)));
    for (const [i, card] of cards.entries()) {
      expect(Buffer.from(pooled[i]!).equals(Buffer.from(await shareImagePng(card))), card.slug).toBe(true);
    }
    expect(new Set(pooled.map((png) => Buffer.from(png).toString('base64'))).size).toBe(cards.length);
  });

  it('stops its workers when the build closes every pool, and renders again afterwards', async () => {
    const before = await pool.render(cards[0]!);
    // Closing reaches this pool: what it still had queued is refused, not left waiting.
    const asked = Promise.allSettled(cards.map((card) => pool.render(card)));
    await closeShareImagePools();
    const refused = (await asked).filter((result) => result.status === 'rejected');
    expect(refused.length).toBeGreaterThan(0);
    expect(String((refused[0] as PromiseRejectedResult).reason)).toMatch(/closed|stopped/);
    const after = await pool.render(cards[0]!);
    expect(Buffer.from(after).equals(Buffer.from(before))).toBe(true);
  });

  it('fails a render when the worker cannot start, and does not hang', async () => {
    const nowhere = mkdtempSync(path.join(os.tmpdir(), 'casefile-no-worker-'));
    const broken = shareImagePool({ projectRoot: nowhere, cache: false, workers: 1 });
    try {
      await expect(broken.render(cards[0]!)).rejects.toThrow(/share-image worker/);
    } finally {
      await broken.close();
      rmSync(nowhere, { recursive: true, force: true });
    }
  });
});
