/**
 * The `npm run check` command as a function, so tests can run it in-process on hundreds of
 * inputs. `check.ts` is the thin executable around it.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkContent } from '../lib/check-content.ts';
import { formatDiagnostic, summarise } from '../lib/diagnostics.ts';
import { writeEditorSchemas } from '../lib/json-schema/editor-schema-files.ts';
import { defaultCacheDir } from '../lib/pipeline/file-cache.ts';
import { NO_CACHE_ENV } from '../loaders/shared-check.ts';

/**
 * Run the check and print its report through `print`, one line per call.
 * @returns the exit code: 0 clean (warnings allowed), 1 errors (or warnings with --strict)
 */
export async function checkCommand(
  args: string[],
  print: (line: string) => void,
  cwd = process.cwd(),
): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { strict: { type: 'boolean', default: false }, 'no-cache': { type: 'boolean', default: false } },
    allowPositionals: true,
  });
  const contentDir = path.resolve(cwd, positionals[0] ?? 'content');
  const started = performance.now();
  const useCache = !values['no-cache'] && process.env[NO_CACHE_ENV] !== '1';
  const result = await checkContent({
    contentDir,
    projectRoot: cwd,
    ...(useCache ? { cacheDir: defaultCacheDir(cwd) } : {}),
  });
  const elapsed = Math.round(performance.now() - started);
  // The editor's frontmatter schemas list the ids that exist, so every check of the project's own
  // content refreshes them; a check of another folder (a test fixture) must not.
  if (contentDir === path.resolve(cwd, 'content')) await refreshEditorSchemas(result.files, cwd);

  for (const d of result.diagnostics) print(formatDiagnostic(d));
  const count = result.index.all.length;
  const entries = `${count} ${count === 1 ? 'entry' : 'entries'}`;
  const failed = !result.ok || (values.strict && result.diagnostics.length > 0);
  print(`${failed ? '✖' : '✔'} ${summarise(result.diagnostics)} · ${entries} checked in ${elapsed} ms`);
  return failed ? 1 : 0;
}

/** A read-only checkout still gets its check: the schemas only help the editor. */
async function refreshEditorSchemas(files: Parameters<typeof writeEditorSchemas>[0], cwd: string): Promise<void> {
  try {
    await writeEditorSchemas(files, cwd);
  } catch {
    // Nothing to report: the check's result does not depend on them.
  }
}
