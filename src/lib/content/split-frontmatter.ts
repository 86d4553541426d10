/**
 * Split `---\nyaml\n---\nbody` into its frontmatter and body. Apart from frontmatter.ts (which
 * parses the YAML) so that the checker's own thread, which cuts bodies out of cached files, does
 * not load the YAML parser. It searches for the fences instead of splitting the file into lines:
 * on a warm check of 20,000 entries this runs once per file.
 */

export interface SplitEntry {
  /** The YAML text between the fences. */
  readonly yaml: string;
  /** 1-based line in the file where the YAML starts (the line after the opening ---). */
  readonly yamlStartLine: number;
  /** The Markdown after the closing fence. */
  readonly body: string;
  /** 1-based line in the file where the body starts. */
  readonly bodyStartLine: number;
}

const FENCE = /^---[ \t]*$/;

/** The line from `start` up to the next line feed (or the end). */
function lineAt(text: string, start: number): { line: string; end: number } {
  const end = text.indexOf('\n', start);
  return end === -1 ? { line: text.slice(start), end: text.length } : { line: text.slice(start, end), end };
}

function countLines(text: string, end: number): number {
  let lines = 1;
  for (let at = text.indexOf('\n'); at !== -1 && at < end; at = text.indexOf('\n', at + 1)) lines++;
  return lines;
}

/**
 * The frontmatter and body of an entry's text, or the problem with its fences: the first line
 * must be `---` (trailing spaces or tabs allowed), and so must a later line.
 */
export function splitFrontmatter(text: string): SplitEntry | { problem: string; line: number } {
  const first = lineAt(text, 0);
  if (!FENCE.test(first.line)) {
    return { problem: 'the file must start with a --- line, then the YAML frontmatter, then another --- line', line: 1 };
  }
  // Each later line starting with --- is a candidate for the closing fence.
  for (let at = text.indexOf('\n---', first.end); at !== -1; at = text.indexOf('\n---', at + 1)) {
    const start = at + 1;
    const fence = lineAt(text, start);
    if (!FENCE.test(fence.line)) continue;
    return {
      yaml: text.slice(first.end + 1, start - 1),
      yamlStartLine: 2,
      body: text.slice(fence.end + 1),
      bodyStartLine: countLines(text, start) + 1,
    };
  }
  return {
    problem: 'the frontmatter is not closed: add a --- line after the last field',
    line: countLines(text, text.length),
  };
}
