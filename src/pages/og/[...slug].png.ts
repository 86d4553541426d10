/** `/og/<slug>.png`: the share image of each card (src/lib/seo/share-cards.ts, share-image.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { buildPngCache, shareImagePng } from '../../lib/seo/share-image.ts';
import type { ShareCard } from '../../lib/seo/share-cards.ts';
import { siteShareCards } from '../../site/page-meta-view.ts';

export const getStaticPaths = (async () => {
  const cards = await siteShareCards();
  return cards.map((card) => ({ params: { slug: card.slug }, props: { card } }));
}) satisfies GetStaticPaths;

// In dev every request renders afresh; a build reuses what an earlier build rasterised.
const cache = import.meta.env.DEV ? undefined : buildPngCache();

export const GET: APIRoute<{ card: ShareCard }> = async ({ props }) => {
  const png = await shareImagePng(props.card, cache);
  return new Response(png.buffer as ArrayBuffer, { headers: { 'Content-Type': 'image/png' } });
};
