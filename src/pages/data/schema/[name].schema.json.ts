/** /data/schema/<name>.schema.json: the JSON Schema of a record, a collection file or the index. */
import type { GetStaticPaths } from 'astro';
import { exportPaths, serveExport } from '../../../site/data-view.ts';

export const getStaticPaths = exportPaths('schema', (file) => ({
  name: /^data\/schema\/(.+)\.schema\.json$/.exec(file.path)![1]!,
})) satisfies GetStaticPaths;

export const GET = serveExport;
