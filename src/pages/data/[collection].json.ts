/** /data/<collection>.json: every entry of a collection, references resolved. */
import type { GetStaticPaths } from 'astro';
import { exportPaths, serveExport } from '../../site/data-view.ts';

export const getStaticPaths = exportPaths('collection', (file) => ({
  collection: file.collection!,
})) satisfies GetStaticPaths;

export const GET = serveExport;
