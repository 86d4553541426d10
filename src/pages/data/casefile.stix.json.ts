/**
 * `/data/casefile.stix.json`: the STIX 2.1 bundle (src/lib/exports/stix.ts).
 */
import type { APIRoute } from 'astro';
import { stixBundleJson } from '../../lib/exports/stix.ts';
import { getSiteModel } from '../../site/site-model.ts';

export const GET: APIRoute = async ({ site }) => {
  const model = await getSiteModel();
  const body = stixBundleJson(model.index, { site: site!.href, base: import.meta.env.BASE_URL });
  return new Response(body, { headers: { 'Content-Type': 'application/stix+json;version=2.1' } });
};
