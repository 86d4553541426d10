/**
 * Load and check all of `content/`: the whole of `npm run check`, and the gate in front of
 * `npm run build`. Pure of Astro and of any cache: it reads the files every time.
 */
import path from 'node:path';
import { buildIndex, type ContentIndex } from './content-index.ts';
import { compareDiagnostics, hasErrors, type Diagnostic } from './diagnostics.ts';
import { loadEntry, type Entity, type LoadedFile } from './content/load-entry.ts';
import { idFromFileName } from './ids.ts';
import { listContentFiles, readContentFile } from './content/read-content.ts';
import { checkIntegrity } from './integrity/check-integrity.ts';

export interface CheckedContent {
  readonly files: readonly LoadedFile[];
  readonly index: ContentIndex<Entity>;
  /** Every problem, sorted by file and position. */
  readonly diagnostics: readonly Diagnostic[];
  /** True when there is no error (warnings allowed). */
  readonly ok: boolean;
}

export interface CheckOptions {
  /** The content folder. */
  readonly contentDir: string;
  /** Printed file names are relative to this folder; defaults to the content folder's parent. */
  readonly projectRoot?: string;
}

export async function checkContent(options: CheckOptions): Promise<CheckedContent> {
  const contentDir = path.resolve(options.contentDir);
  const projectRoot = path.resolve(options.projectRoot ?? path.dirname(contentDir));
  const listing = await listContentFiles(contentDir, projectRoot);
  const diagnostics: Diagnostic[] = [...listing.diagnostics];
  const files: LoadedFile[] = [];

  const decoded = await Promise.all(listing.files.map(async (file) => ({ file, result: await readContentFile(file) })));
  for (const { file, result } of decoded) {
    diagnostics.push(...result.diagnostics);
    if (result.text === undefined) {
      // Unreadable files still claim their id, so references to them are not reported twice.
      files.push({ collection: file.collection, id: idFromFileName(file.fileName), file: file.file, references: [] });
      continue;
    }
    const { loaded, diagnostics: entryProblems } = loadEntry(file, result.text);
    files.push(loaded);
    diagnostics.push(...entryProblems);
  }

  const contentPath = path.relative(projectRoot, contentDir).split(path.sep).join('/') || '.';
  return checkLoadedFiles(files, diagnostics, contentPath, projectRoot);
}

/**
 * The cross-entry phase on files already loaded: index them and run every integrity rule.
 * Separate from reading so tests and fuzzers can feed it entries made in memory.
 *
 * @param earlier problems found while reading and loading, kept in the result
 * @param projectRoot where git tells which of two clashing files is newer; without it, both are blamed
 */
export function checkLoadedFiles(
  files: readonly LoadedFile[],
  earlier: readonly Diagnostic[],
  contentPath = 'content',
  projectRoot?: string,
): CheckedContent {
  const entities = files.flatMap((file) => (file.entity ? [file.entity] : []));
  const index = buildIndex(entities);
  const diagnostics = [
    ...earlier,
    ...checkIntegrity({ files, index, contentPath, ...(projectRoot !== undefined && { projectRoot }) }),
  ].sort(compareDiagnostics);
  return { files, index, diagnostics, ok: !hasErrors(diagnostics) };
}
