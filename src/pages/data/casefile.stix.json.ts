/**
 * `/data/casefile.stix.json`: the STIX 2.1 bundle (src/lib/exports/stix.ts), built once with the
 * other /data/ files so the /data/ page lists its true size and object count.
 */
import type { APIRoute } from 'astro';
import { STIX_PATH } from '../../lib/exports/published-files.ts';
import { getDataExports } from '../../site/data-view.ts';

export const GET: APIRoute = async () => {
  const file = (await getDataExports()).byPath.get(STIX_PATH)!;
  return new Response(file.body, { headers: { 'Content-Type': file.mediaType } });
};
