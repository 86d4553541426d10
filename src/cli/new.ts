/**
 * `npm run new -- <kind> "<name or title>"`: write a new entry to fill in (see new-command.ts).
 *
 *   npm run new -- actor "Oliver Dowden" --source hansard-c
 *   npm run new -- event "Electoral Commission discloses the attack" --date 2023-08-08
 *   npm run new                    # in a terminal: asks for everything
 */
import { newCommand } from './new-command.ts';
import { runCli } from './run-cli.ts';

const interactive = process.stdin.isTTY === true && process.stdout.isTTY === true;
await runCli(() => newCommand(process.argv.slice(2), { input: process.stdin, output: process.stdout, interactive }));
