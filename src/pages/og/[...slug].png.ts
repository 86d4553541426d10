/** `/og/<slug>.png`: the share image of each card (src/lib/seo/share-cards.ts, share-image.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { pipelineSettings } from '../../lib/pipeline/settings.ts';
import type { ShareCard } from '../../lib/seo/share-cards.ts';
import { shareImagePool } from '../../lib/seo/share-image-pool.ts';
import { shareImagePng } from '../../lib/seo/share-image.ts';
import { siteShareCards } from '../../site/page-meta-view.ts';

export const getStaticPaths = (async () => {
  const cards = await siteShareCards();
  return cards.map((card) => ({ params: { slug: card.slug }, props: { card } }));
}) satisfies GetStaticPaths;

// A build renders in worker threads beside the pages and reuses what an earlier build rasterised;
// in dev every request renders afresh in-process, so that a reloaded module leaves no workers.
// As many workers as the content pool has (CASEFILE_WORKERS).
const pool = import.meta.env.DEV
  ? undefined
  : shareImagePool({ projectRoot: process.cwd(), cache: true, workers: pipelineSettings().workers });

export const GET: APIRoute<{ card: ShareCard }> = async ({ props }) => {
  const png = await (pool ? pool.render(props.card) : shareImagePng(props.card));
  // A copy: the bytes may be a view into a larger buffer.
  return new Response(png.slice().buffer, { headers: { 'Content-Type': 'image/png' } });
};
