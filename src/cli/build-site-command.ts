/**
 * What the build's child process does (src/cli/build-site.ts): the check, then Astro's build
 * into the scratch folder. Its answer goes to the parent, src/cli/build-command.ts.
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'astro';
import { formatDiagnostic, summarise } from '../lib/diagnostics.ts';
import { searchNamesByPath } from '../lib/search/search-names.ts';
import { SHARE_IMAGE_CACHE } from '../lib/seo/png-cache.ts';
import { contentDirFor } from '../loaders/casefile-loader.ts';
import { getCheckedContent, NO_CACHE_ENV } from '../loaders/shared-check.ts';
import { BUILD_OPTIONS, type SiteBuildAnswer } from './build-protocol.ts';

export async function buildSite(args: string[]): Promise<SiteBuildAnswer> {
  const { values } = parseArgs({ args, options: { ...BUILD_OPTIONS, scratch: { type: 'string' } } });
  if (!values.scratch) throw new Error('build-site.ts needs --scratch <dir>');
  const root = process.cwd();
  if (values.content) process.env['CASEFILE_CONTENT_DIR'] = path.resolve(values.content);
  // For the loaders inside Astro too: they load through the same shared check.
  if (values['no-cache']) process.env[NO_CACHE_ENV] = '1';
  const checked = await checkForBuild(root);
  if ('problems' in checked) {
    process.stdout.write(`✖ ${checked.problems}. Nothing was built; ${values.out} is unchanged.\n`);
    return { kind: 'refused' };
  }
  // --force means a cold build: Astro clears its caches, and we clear ours.
  if (values.force) await rm(path.join(root, SHARE_IMAGE_CACHE), { recursive: true, force: true });
  try {
    await build({ root, outDir: values.scratch, force: values.force, logLevel: 'warn' });
  } catch (error) {
    return { kind: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
  return { kind: 'built', ...checked };
}

/**
 * The check, its problems printed, and what the parent needs of it afterwards (how many entries,
 * each page's names for search), or the summary of its problems when it has errors. Only these outlive
 * it here: Astro's loaders reuse the checked model and then let it go (src/integrations/
 * release-workers.ts), and nothing in this function's frame keeps it through the build.
 */
async function checkForBuild(
  root: string,
): Promise<{ entries: number; names: [string, string[]][] } | { problems: string }> {
  const checked = await getCheckedContent(contentDirFor(root), root);
  for (const d of checked.diagnostics) process.stdout.write(`${formatDiagnostic(d)}\n`);
  if (!checked.ok) return { problems: summarise(checked.diagnostics) };
  return { entries: checked.index.all.length, names: [...searchNamesByPath(checked.index)] };
}
