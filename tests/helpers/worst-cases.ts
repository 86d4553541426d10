/**
 * Worst cases for every construct the body and frontmatter parsers have, each as large as the
 * shape limits still accept (src/lib/markdown-limits.ts: 256 KiB, 5,000 lines, 16 levels of
 * nesting, 4,000 `[`; raw HTML 64 elements deep). They are what an attacker would write to make a file slow or huge to load;
 * tests/hostile/worst-cases.test.ts proves that each ends within the per-file budget, with a
 * message or a clean pass (issue 13).
 */
import { MAX_HTML_DEPTH } from '../../src/lib/body-html.ts';

/** A little under 256 KiB, leaving room for the frontmatter. */
export const BODY_BYTES = 250 * 1024;
/** A little under 5,000 lines. */
export const BODY_LINES = 4990;
/** At the nesting limit. */
export const DEPTH = 16;
/** A little under the 4,000 `[` limit. */
export const BRACKETS = 3990;

/** `unit` repeated until the text is about `bytes` long. */
function fill(unit: string, bytes = BODY_BYTES): string {
  return unit.repeat(Math.floor(bytes / unit.length));
}

/** `line` repeated on `lines` lines (fewer if they would not fit in BODY_BYTES). */
function lines(line: string, count = BODY_LINES): string {
  return Array.from({ length: Math.min(count, Math.floor(BODY_BYTES / (line.length + 1))) }, () => line).join('\n');
}

function nested(open: (level: number) => string, text: string): string {
  const line = Array.from({ length: DEPTH }, (_, level) => open(level)).join('') + text;
  return lines(line);
}

export interface WorstCase {
  /** File name without `.md`: also the entry's id. */
  readonly name: string;
  readonly body: string;
  /** Extra frontmatter lines, for the YAML cases. */
  readonly yaml?: string;
}

/** Every case. Bodies are prose around one construct; the frontmatter is a valid actor's. */
export function worstCases(): WorstCase[] {
  const aliases = Array.from({ length: 100 }, () => '*a').join(', ');
  return [
    // Emphasis and strong runs, one line each and line after line, for each delimiter.
    { name: 'emphasis-star-line', body: fill('*a ') },
    { name: 'emphasis-underscore-line', body: fill('_a ') },
    { name: 'strong-star-line', body: fill('**a ') },
    { name: 'strong-underscore-line', body: fill('__a ') },
    { name: 'emphasis-closers-line', body: fill('a* ') },
    { name: 'emphasis-star-tight-line', body: fill('*a') },
    { name: 'strong-star-tight-line', body: fill('**a') },
    { name: 'emphasis-mixed-line', body: fill('*a _b **c __d ') },
    { name: 'emphasis-star-lines', body: lines(fill('*a ', 50)) },
    { name: 'strikethrough-line', body: fill('~~a ') },
    { name: 'strikethrough-single-line', body: fill('~a ') },
    { name: 'code-spans-line', body: fill('`a ') },
    // Links and references, up to the bracket limit.
    { name: 'link-openers', body: `${'[a]('.repeat(BRACKETS)}\n` },
    { name: 'links-closed', body: fill('[a](b) ', BRACKETS * 7) },
    {
      name: 'link-references',
      body: `${'[a][b] '.repeat(BRACKETS / 4)}\n\n${lines('[b]: https://example.org/', BRACKETS / 2)}`,
    },
    { name: 'link-definitions', body: lines('[a]: <https://example.org/', BRACKETS) },
    { name: 'autolinks', body: fill('<https://example.org/a> ') },
    { name: 'images-unclosed', body: '![a]('.repeat(BRACKETS) },
    // GFM tables, wide and long.
    {
      name: 'table-wide',
      body: `${fill('|a', BODY_BYTES / 3)}|\n${fill('|-', BODY_BYTES / 3)}|\n${fill('|b', BODY_BYTES / 3)}|\n`,
    },
    { name: 'table-wide-header-only', body: `${fill('|a', BODY_BYTES / 2)}|\n${fill('|-', BODY_BYTES / 2)}|\n` },
    { name: 'table-long', body: `|a|b|c|\n|-|-|-|\n${lines('|1|2|3|', BODY_LINES - 2)}` },
    { name: 'table-pipes-only', body: `| a |\n| - |\n${lines(fill('|', 200))}` },
    // Containers at the depth limit, on every line.
    { name: 'lists-nested', body: nested((level) => `${'  '.repeat(level)}- `.slice(level * 2), 'a') },
    {
      name: 'lists-indented',
      body: Array.from({ length: BODY_LINES }, (_, i) => `${'  '.repeat(i % DEPTH)}- a`).join('\n'),
    },
    { name: 'quotes-nested', body: nested(() => '> ', 'a') },
    { name: 'quotes-and-lists', body: nested((level) => (level % 2 ? '- ' : '> '), 'a') },
    { name: 'directives-nested', body: `${':::aside\n'.repeat(DEPTH - 1)}${lines(':actor[a]{#jane-doe}', BRACKETS)}` },
    // Directives and their attributes.
    { name: 'directive-attributes', body: `:actor[a]{${fill('a=1 ', BODY_BYTES - 20)}}` },
    { name: 'directive-attributes-unclosed', body: fill(':x{a=') },
    { name: 'directive-labels-unclosed', body: ':x['.repeat(BRACKETS) },
    { name: 'mentions', body: ':actor[Jane]{#jane-doe} '.repeat(BRACKETS) },
    { name: 'citations', body: ':cite[gov-release] '.repeat(BRACKETS) },
    // Raw HTML: nested, unclosed, and attribute-heavy.
    // Nested as deep as the raw-HTML limit allows, block after block (deeper is body-too-complex).
    { name: 'html-nested', body: fill(`${'<div>'.repeat(MAX_HTML_DEPTH)}a${'</div>'.repeat(MAX_HTML_DEPTH)}\n\n`) },
    // Unclosed elements stay open to the end of the body, so they count once, up to the limit;
    // formatting elements (<b>) are reopened in every later paragraph, the costliest shape.
    {
      name: 'html-unclosed',
      body: `${'<b>'.repeat(MAX_HTML_DEPTH - 2)}a\n\n${fill(`${'a '.repeat(60)}\n\n`, BODY_BYTES - 4 * MAX_HTML_DEPTH)}`,
    },
    { name: 'html-attributes', body: `<p ${fill('a="b" ', BODY_BYTES - 10)}>x</p>` },
    { name: 'html-comments-unclosed', body: fill('<!-- a ') },
    // Entities and escapes.
    { name: 'entities-named', body: fill('&amp;') },
    { name: 'entities-numeric', body: fill('&#x1F600;') },
    { name: 'entities-unknown', body: fill('&notanentity;') },
    { name: 'escapes', body: fill('\\*') },
    // Headings and breaks.
    { name: 'setext-headings', body: lines('a\n=', BODY_LINES / 2) },
    { name: 'setext-long', body: `${lines('a', BODY_LINES - 1)}\n=` },
    { name: 'atx-headings', body: lines('###### a #') },
    { name: 'thematic-breaks', body: lines('* * *') },
    { name: 'hard-breaks', body: lines('a  ') },
    { name: 'fenced-code-unclosed', body: lines('```') },
    { name: 'one-long-line', body: fill('a') },
    // YAML: an anchor reused thousands of times, and a long flow sequence.
    { name: 'yaml-aliases', body: 'A body.', yaml: `anchor: &a [${fill('x, ', 15000)}x]\naliases: [${aliases}]` },
    {
      name: 'yaml-anchors',
      body: 'A body.',
      yaml: `${Array.from({ length: 8000 }, (_, i) => `k${i}: &a${i} x`).join('\n')}`,
    },
    { name: 'yaml-keys', body: 'A body.', yaml: `${Array.from({ length: 12000 }, (_, i) => `k${i}: x`).join('\n')}` },
    {
      name: 'yaml-flow-long',
      body: 'A body.',
      yaml: `sources: [${Array.from({ length: 18000 }, () => 'gov-release').join(', ')}]`,
    },
  ];
}

/** The whole file of a case: a valid actor's frontmatter, then the body. */
export function worstCaseFile(worst: WorstCase): string {
  const yaml = worst.yaml ? `${worst.yaml}\n` : '';
  return `---\nname: ${worst.name}\nkind: person\nrole: A worst case.\nsources: [gov-release]\n${yaml}---\n${worst.body}\n`;
}
