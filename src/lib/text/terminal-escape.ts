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
const NAMED: Record<string, string> = { '\x1b': '\\e', '\r': '\\r', '\n': '\\n', '\t': '\\t' };

// Controls (C0, DEL, C1 with its one-byte CSI), format characters and separators.
const UNPRINTABLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\u115F\u1160\u3164\uFFA0\u034F]/gu;

/**
 * `text` with every control, format and line-breaking character shown as a visible escape:
 * ESC → `\e`, CR → `\r`, LF → `\n`, tab → `\t`, anything else → `\u202E`. The result is one line
 * that draws exactly what it says.
 */
export function escapeForTerminal(text: string): string {
  return text.replace(UNPRINTABLE, (char) => {
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

/** Several lines, each made safe with `terminalLine`, joined with line feeds. */
export function terminalLines(lines: readonly string[]): string {
  return lines.map(terminalLine).join('\n');
}
