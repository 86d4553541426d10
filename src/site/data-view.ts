/**
 * The files under /data/, generated once per build from the site model, and the helpers the
 * /data/ endpoints share. Each endpoint is a thin wrapper: it names which files it serves, and
 * the bodies come from src/lib/exports/ through the one cached set.
 */
import type { APIRoute } from 'astro';
import { type DataExports, type ExportFile, type ExportGroup } from '../lib/exports/files.ts';
import { buildPublishedFiles } from '../lib/exports/published-files.ts';
import { siteUrl } from '../lib/seo/site-url.ts';
import { getSiteModel } from './site-model.ts';

async function build(): Promise<DataExports> {
  const model = await getSiteModel();
  return buildPublishedFiles(model.index, {
    siteName: model.story.data.shortTitle,
    base: import.meta.env.BASE_URL,
    site: siteUrl(),
  });
}

let cached: Promise<DataExports> | undefined;

/** Every /data/ file, built once per build (rebuilt per request in dev, like the model). */
export function getDataExports(): Promise<DataExports> {
  if (import.meta.env.DEV) return build();
  return (cached ??= build());
}

/** `getStaticPaths` for the files of one group; `paramsOf` names each file's route parameters. */
export function exportPaths(group: ExportGroup, paramsOf: (file: ExportFile) => Record<string, string>) {
  return async () => {
    const { files } = await getDataExports();
    return files
      .filter((file) => file.group === group)
      .map((file) => ({ params: paramsOf(file), props: { path: file.path } }));
  };
}

/** The response for one file: its generated body with its media type. */
export async function exportResponse(path: string): Promise<Response> {
  const file = (await getDataExports()).byPath.get(path);
  if (!file) return new Response('Not found', { status: 404 });
  return new Response(file.body, { headers: { 'Content-Type': file.mediaType } });
}

/** The GET handler of a dynamic /data/ route: serves the file its static path named. */
export const serveExport: APIRoute = ({ props }) => exportResponse((props as { path: string }).path);

/** One row of the downloads table on /data/. */
export interface DownloadRow {
  readonly href: string;
  /** The file name as shown, e.g. "actors.json" or "actors/<id>.json". */
  readonly name: string;
  readonly what: string;
  readonly format: string;
  readonly records: number;
  readonly bytes: number;
  /** For a pattern row (one file per entry): how many files it stands for. */
  readonly files?: number;
  readonly schema?: { readonly href: string; readonly name: string } | undefined;
}

export interface DownloadGroup {
  readonly id: string;
  readonly title: string;
  readonly rows: readonly DownloadRow[];
}

const fileName = (path: string) => path.replace(/^data\//, '');

/** A schema link's text: what the schema describes (the file name is in the link). */
function schemaLabel(path: string): string {
  if (path.endsWith('.collection.schema.json')) return 'collection schema';
  if (path.endsWith('/index.schema.json')) return 'index schema';
  return 'record schema';
}

/** The /data/ page's tables, from the same generated files the endpoints serve. */
export function downloadGroups(
  exports: DataExports,
  labelOf: (file: ExportFile) => string,
  base: string,
): DownloadGroup[] {
  const root = base.endsWith('/') ? base : `${base}/`;
  const rowOf = (file: ExportFile): DownloadRow => ({
    href: `${root}${file.path}`,
    name: fileName(file.path),
    what: labelOf(file),
    format: file.format,
    records: file.records ?? 0,
    bytes: file.bytes,
    schema: file.schema ? { href: `${root}${file.schema}`, name: schemaLabel(file.schema) } : undefined,
  });
  const inGroup = (group: ExportGroup) => exports.files.filter((file) => file.group === group);
  // One row per collection stands for its per-entry files: the first file is the example link.
  const perCollection = new Map<string, DownloadRow>();
  for (const file of inGroup('entry')) {
    const name = `${file.collection!}/<id>.json`;
    const row = perCollection.get(name) ?? { ...rowOf(file), name, records: 0, bytes: 0, files: 0 };
    perCollection.set(name, { ...row, records: row.records + 1, bytes: row.bytes + file.bytes, files: row.files! + 1 });
  }
  const entryRows = [...perCollection.values()];
  const groups: DownloadGroup[] = [
    { id: 'collections', title: 'Whole collections', rows: [...inGroup('index'), ...inGroup('collection')].map(rowOf) },
    { id: 'tables', title: 'Spreadsheets', rows: inGroup('table').map(rowOf) },
    { id: 'bibliography', title: 'Bibliography', rows: inGroup('bibliography').map(rowOf) },
    { id: 'other', title: 'Other formats', rows: inGroup('other').map(rowOf) },
    { id: 'entries', title: 'One file per entry', rows: entryRows },
  ];
  return groups.filter((group) => group.rows.length > 0);
}
