import { escapeForTerminal } from '../lib/terminal/terminal-escape.ts';

/**
 * Shared start-up for the command-line tools: turn an unexpected failure into one readable line
 * instead of a stack trace (set CASEFILE_DEBUG=1 to see the stack).
 */
export async function runCli(main: () => Promise<number>): Promise<never> {
  let code: number;
  try {
    code = await main();
  } catch (error) {
    // The message may quote content (a path, a value): escaped, on one line.
    const message = escapeForTerminal(error instanceof Error ? error.message : String(error));
    process.stderr.write(`casefile: ${message}\n`);
    if (process.env['CASEFILE_DEBUG']) process.stderr.write(`${(error as Error).stack ?? ''}\n`);
    else process.stderr.write('(run again with CASEFILE_DEBUG=1 for details)\n');
    code = 2;
  }
  process.exit(code);
}
