/** `/og/<slug>.png`: the share image of each card (src/lib/seo/share-cards.ts, share-image.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { shareImagePng } from '../../lib/seo/share-image.ts';
import type { ShareCard } from '../../lib/seo/share-cards.ts';
import { siteShareCards } from '../../site/page-meta-view.ts';

export const getStaticPaths = (async () => {
  const cards = await siteShareCards();
  return cards.map((card) => ({ params: { slug: card.slug }, props: { card } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: ShareCard }> = async ({ props }) => {
  const png = await shareImagePng(props.card);
  return new Response(png.buffer as ArrayBuffer, { headers: { 'Content-Type': 'image/png' } });
};
