/**
 * Everything published under /data/: the JSON, JSON Schema, CSV and bibliography files
 * (files.ts) plus the STIX 2.1 bundle (stix.ts), so the /data/ page and index.json list the bundle
 * with its true size and object count. One function, used by the site and the tests alike.
 */
import type { ContentIndex, IndexableEntity } from '../content-index.ts';
import { buildDataExports, type DataExports } from './files.ts';
import { buildStixBundle, stixJson } from './stix.ts';

/** Where the STIX bundle is published, below the site base. */
export const STIX_PATH = 'data/casefile.stix.json';

export function buildPublishedFiles<E extends IndexableEntity>(
  index: ContentIndex<E>,
  options: { readonly siteName: string; readonly base: string; readonly site: string },
): DataExports {
  const bundle = buildStixBundle(index, { site: options.site, base: options.base });
  return buildDataExports(index, options.siteName, options.base, [
    {
      path: STIX_PATH,
      format: 'STIX 2.1',
      mediaType: 'application/stix+json;version=2.1',
      body: stixJson(bundle),
      records: bundle.objects.length,
      // Validated against the official OASIS STIX 2.1 schemas (tests/exports/stix.test.ts).
      schema: null,
    },
  ]);
}
