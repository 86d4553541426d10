/**
 * `npm run schemas`: the editor's frontmatter schemas and the field reference in
 * content/README.md, regenerated from src/schemas/ (see schemas-command.ts).
 */
import { runCli } from './run-cli.ts';
import { schemasCommand } from './schemas-command.ts';

await runCli(() => schemasCommand((line) => process.stdout.write(`${line}\n`)));
