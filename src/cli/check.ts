/**
 * `npm run check`: validate all of content/ (schemas and integrity) without building.
 * Exit 0 when there is no error, 1 otherwise. `--strict` also fails on warnings.
 *
 *   npm run check                 # content/
 *   npm run check -- --strict     # warnings fail too (CI)
 *   npm run check -- --no-cache   # load every file again (the cache: src/lib/pipeline/)
 *   npm run check -- path/to/content
 */
import { enableCompileCache } from 'node:module';

// Node caches compiled modules on disk from the second run on, which saves about a third of the
// start-up time. It must be enabled before the modules load, hence the dynamic imports below.
// https://nodejs.org/api/module.html#module-compile-cache
enableCompileCache();
const { checkCommand } = await import('./check-command.ts');
const { runCli } = await import('./run-cli.ts');

await runCli(() => checkCommand(process.argv.slice(2), (line) => process.stdout.write(`${line}\n`)));
