/**
 * The one place where text from content is made safe to print in a terminal or a CI log.
 *
 * A value or file name can hold terminal escapes (`\e[2K\r\e[1A\e[32m✔ no problems` erases the
 * line above and forges a clean result), bidi overrides that reorder the line, or a GitHub
 * workflow command (`::error file=README.md,line=1::…`) that forges an annotation when it starts a
 * line. Every printer (check, build, the dev server's terminal, the change report) goes through
 * these two functions (issue 13).
 * https://docs.github.com/en/actions/reference/workflow-commands-for-github-actions
 */
import { replaceInvisible } from '../../schemas/invisible-characters.ts';

const NAMED: Record<string, string> = { '\x1b': '\\e', '\r': '\\r', '\n': '\\n', '\t': '\\t' };

/**
 * `text` with every invisible character (controls, C1 with its one-byte CSI, format characters,
 * line separators; see src/schemas/invisible-characters.ts) shown as a visible escape:
 * ESC → `\e`, CR → `\r`, LF → `\n`, tab → `\t`, anything else → `\u202E`. The result is one line
 * that draws exactly what it says.
 */
export function escapeForTerminal(text: string): string {
  return replaceInvisible(text, (char) => {
    const named = NAMED[char];
    if (named) return named;
    const code = char.codePointAt(0)!.toString(16).toUpperCase();
    return code.length > 4 ? `\\u{${code}}` : `\\u${code.padStart(4, '0')}`;
  });
}

/**
 * A line ready to print: escaped, and never starting with `::` (with or without leading spaces),
 * so no content can issue a workflow command. The first colon becomes `\u003A`.
 */
export function terminalLine(line: string): string {
  return escapeForTerminal(line).replace(/^(\s*):(?=:)/, '$1\\u003A');
}
