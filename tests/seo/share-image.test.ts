/**
 * Share images: 1200×630 PNGs, the same bytes every time for the same card, whatever the title.
 */
import { describe, expect, it } from 'vitest';
import { shareImagePng } from '../../src/lib/seo/share-image.ts';
import { shareCards, type ShareCard } from '../../src/lib/seo/share-cards.ts';
import { COLLECTION_LABELS } from '../../src/site/view-helpers.ts';
import { realIndex } from './real-index.ts';

function pngSize(bytes: Uint8Array) {
  const view = Buffer.from(bytes);
  expect(view.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  return { width: view.readUInt32BE(16), height: view.readUInt32BE(20) };
}

const card: ShareCard = {
  slug: 'actors/apt31',
  path: '/actors/apt31/',
  title: 'APT31',
  kind: 'Threat group',
  detail: 'The group the NCSC judged "almost certain" to be behind the 2021 reconnaissance.',
  siteName: 'UK–China cyber attribution, March 2024',
};

describe('share images', () => {
  it('are 1200×630 PNGs, byte-identical for the same card', async () => {
    const first = await shareImagePng(card);
    expect(pngSize(first)).toEqual({ width: 1200, height: 630 });
    expect(Buffer.from(await shareImagePng(card)).equals(Buffer.from(first))).toBe(true);
    expect(Buffer.from(await shareImagePng({ ...card, title: 'APT40' })).equals(Buffer.from(first))).toBe(false);
  });

  it('render very long and hostile titles without failing', async () => {
    const long = { ...card, title: `${'Electoral Commission '.repeat(20)}</script>`, detail: 'x'.repeat(2000) };
    expect(pngSize(await shareImagePng(long))).toEqual({ width: 1200, height: 630 });
  });

  it('exist for the home page, every collection index, every actor and every measure', async () => {
    const index = await realIndex();
    const slugs = shareCards(index, COLLECTION_LABELS, '/').map((entry) => entry.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(slugs).toEqual(expect.arrayContaining(['home', 'actors', 'sanctions', 'quotes', 'timeline', 'sources']));
    expect(slugs.filter((slug) => slug.startsWith('actors/'))).toHaveLength(index.byCollection.actors.length);
    expect(slugs.filter((slug) => slug.startsWith('sanctions/'))).toHaveLength(index.byCollection.sanctions.length);
  });
});
