/** /data/<collection>/<id>.json: one entry as a published record. */
import type { GetStaticPaths } from 'astro';
import { exportPaths, serveExport } from '../../../site/data-view.ts';

export const getStaticPaths = exportPaths('entry', (file) => {
  const [, collection, id] = /^data\/([^/]+)\/([^/]+)\.json$/.exec(file.path)!;
  return { collection: collection!, id: id! };
}) satisfies GetStaticPaths;

export const GET = serveExport;
