/**
 * The `npm run build` command as a function; `build.ts` is the thin executable around it.
 *
 * The check and Astro's build run in a child process (build-site.ts) that writes into a scratch
 * folder; once it has exited, this process writes the search index into that folder with Pagefind,
 * then swaps it in. Pagefind's index is the build's largest single need for memory (4.0 GB at
 * 20,000 entries, while writing it); in the Astro process it came on top of everything the build
 * still held (3.0 GB), so the two now never run at once (issue 12).
 */
import { fork } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { SEARCH_LATER_ENV, writeSearchIndex } from '../lib/search/write-search-index.ts';
import { escapeForTerminal } from '../lib/terminal/terminal-escape.ts';
import { BUILD_OPTIONS, type SiteBuildAnswer } from './build-protocol.ts';
import { withBuildLock } from './build-lock.ts';
import { replaceOnSuccess } from './replace-output.ts';

/** The child's file, beside this one. */
const BUILD_SITE = fileURLToPath(new URL('./build-site.ts', import.meta.url));

/** Content with errors: the child has printed them, and nothing is swapped in. */
class Refused extends Error {}

/** An error in the child before Astro's build (a bad setting, say): reported as any CLI error. */
class Crashed extends Error {}

/** Run build-site.ts into `scratch`; resolves with its answer once it has exited. */
function buildInChild(args: string[], scratch: string): Promise<SiteBuildAnswer> {
  return new Promise((resolve, reject) => {
    const child = fork(BUILD_SITE, [...args, '--scratch', scratch], {
      env: { ...process.env, [SEARCH_LATER_ENV]: '1' },
      stdio: 'inherit',
    });
    let answer: SiteBuildAnswer | undefined;
    child.on('message', (message: SiteBuildAnswer) => (answer = message));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (answer) resolve(answer);
      else reject(new Error(`the build process stopped (${signal ?? `exit code ${code}`}) without an answer`));
    });
  });
}

/** Run the build and report through stdout/stderr. @returns the exit code. */
export async function buildCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: BUILD_OPTIONS });
  const root = process.cwd();
  const outDir = path.resolve(values.out);
  let entries = 0;
  try {
    await withBuildLock(
      root,
      () =>
        replaceOnSuccess(outDir, async (scratch) => {
          const answer = await buildInChild(args, scratch);
          if (answer.kind === 'refused') throw new Refused();
          if (answer.kind === 'failed') throw new Error(answer.message);
          if (answer.kind === 'crashed') throw Object.assign(new Crashed(answer.message), { stack: answer.stack });
          entries = answer.entries;
          const { pages, marked } = await writeSearchIndex(scratch, new Map(answer.names));
          if (marked === 0)
            process.stderr.write(`⚠ no page is marked data-pagefind-body; search indexes all ${pages} pages whole\n`);
        }),
      (line) => process.stderr.write(`${line}\n`),
    );
  } catch (error) {
    if (error instanceof Refused) return 1;
    if (error instanceof Crashed) throw error;
    // Astro's message may quote content (a file name, a value): escaped, on one line.
    const message = escapeForTerminal(error instanceof Error ? error.message : String(error));
    process.stderr.write(`✖ The site did not build: ${message}\n${values.out} is unchanged.\n`);
    return 1;
  }
  process.stdout.write(`✔ Built ${entries} entries into ${path.relative(root, outDir) || '.'}\n`);
  return 0;
}
