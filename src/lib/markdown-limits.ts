/**
 * Limits on Markdown structure, checked before parsing.
 *
 * micromark's time grows with the square of container nesting: 250,000 nested blockquote markers
 * (`> > > …`, half a megabyte) took over four minutes to parse here. No real entry nests more
 * than a few levels, so bodies nested deeper than MAX_CONTAINER_DEPTH are reported instead of
 * parsed. Bodies are also capped at 256 KiB (src/lib/content/read-content.ts).
 */
import type { Position } from './diagnostics.ts';

export const MAX_CONTAINER_DEPTH = 16;

/** One container opener at the start of a line: a blockquote marker or a list bullet/number. */
const OPENER = /^[ \t]{0,3}(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))[ \t]?/;
const LIST_OPENER = /^(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)/;

/** A container directive opening (`:::aside`) or closing (`:::`) line. */
const DIRECTIVE_OPEN = /^[ \t]*:{3,}[a-zA-Z]/;
const DIRECTIVE_CLOSE = /^[ \t]*:{3,}[ \t]*$/;

/**
 * Where a body nests containers (blockquotes, list items, `:::` directives) deeper than the
 * limit, counting markers on one line (`> > -`), indentation in front of list items, and open
 * `:::` blocks. Unclosed `:::` blocks nest inside each other, and cost the most: 1,600 of them
 * took 14 seconds to parse.
 */
export function tooDeeplyNested(markdown: string): Position | undefined {
  const lines = markdown.split('\n');
  let directives = 0;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const indentation = /^[ \t]*/.exec(line)![0];
    let rest = line.slice(indentation.length);
    // Indentation counts as nesting only in front of a list item: that is how sub-lists nest.
    let depth = LIST_OPENER.test(rest) ? Math.floor(indentation.replace(/\t/g, '    ').length / 2) : 0;
    if (depth === 0) rest = line;
    for (let match = OPENER.exec(rest); match && match[0].length > 0; match = OPENER.exec(rest)) {
      depth++;
      rest = rest.slice(match[0].length);
    }
    // A ::: line counts wherever it stands, including inside a quote or a list item.
    if (DIRECTIVE_CLOSE.test(rest)) directives = Math.max(0, directives - 1);
    else if (DIRECTIVE_OPEN.test(rest)) directives++;
    if (depth + directives > MAX_CONTAINER_DEPTH) return { line: index + 1, column: line.length - rest.length + 1 };
  }
  return undefined;
}

/**
 * Most lines a body may have. Some block structures cost time that grows with the square of
 * their number (4,000 setext heading lines took 1 second, 16,000 took 13); the longest real body,
 * the story's, has about 200 lines.
 */
export const MAX_BODY_LINES = 5000;

/** Where line MAX_BODY_LINES + 1 is, if the body has that many. */
export function tooManyLines(markdown: string): Position | undefined {
  let line = 1;
  for (let i = markdown.indexOf('\n'); i !== -1; i = markdown.indexOf('\n', i + 1)) {
    if (++line > MAX_BODY_LINES) return { line, column: 1 };
  }
  return undefined;
}

/**
 * Most link openers a body may have. A run of unclosed `[a](` takes micromark time that grows
 * with the square of their number (120,000 of them took three minutes); a real entry has a few
 * dozen links at most.
 */
export const MAX_LINK_OPENERS = 4000;

/** Where the body's link opener number MAX_LINK_OPENERS + 1 is, if it has that many. */
export function tooManyLinkOpeners(markdown: string): Position | undefined {
  let count = 0;
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < markdown.length; i++) {
    const char = markdown[i];
    if (char === '\n') {
      line++;
      lineStart = i + 1;
    } else if (char === '[' && ++count > MAX_LINK_OPENERS) {
      return { line, column: i - lineStart + 1 };
    }
  }
  return undefined;
}

/**
 * The first limit a body breaks, with a message saying what to change, or undefined. Checked
 * before parsing, so that a hostile body costs milliseconds instead of minutes.
 */
export function bodyTooComplex(markdown: string): { position: Position; message: string } | undefined {
  const lines = tooManyLines(markdown);
  if (lines)
    return {
      position: lines,
      message: `the body is longer than ${MAX_BODY_LINES} lines; split it into several entries`,
    };
  const deep = tooDeeplyNested(markdown);
  if (deep) {
    return {
      position: deep,
      message: `quotes, lists or ::: blocks are nested more than ${MAX_CONTAINER_DEPTH} levels deep here; flatten them or close the ::: blocks`,
    };
  }
  const brackets = tooManyLinkOpeners(markdown);
  if (brackets) {
    return {
      position: brackets,
      message: `the body has more than ${MAX_LINK_OPENERS} "[" characters; split it or move bulk material to a source`,
    };
  }
  return undefined;
}
