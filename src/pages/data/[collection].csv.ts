/** /data/<collection>.csv: one row per entry, for spreadsheets. */
import type { GetStaticPaths } from 'astro';
import { exportPaths, serveExport } from '../../site/data-view.ts';

export const getStaticPaths = exportPaths('table', (file) => ({
  collection: file.collection!,
})) satisfies GetStaticPaths;

export const GET = serveExport;
