/**
 * What the checker reads from the raw HTML in a body, parsed with parse5: the parser rehype-raw
 * runs when the body is rendered, so its implied and re-opened elements are counted too.
 *
 * - Depth. Turning parse5's tree into hast (hast-util-from-parse5) recurses once per level, so
 *   2,000 unclosed `<span>`s (8 KB) overflowed the stack and took the build down with no file
 *   named. parse5 itself keeps its open elements in an array, and the walk below uses a stack of
 *   its own, so measuring the depth here cannot overflow. Bodies nested deeper than
 *   MAX_HTML_DEPTH are reported on the file and never rendered.
 * - Links with a user name (`https://www.gov.uk@evil.example/`), which read as one site and go to
 *   another; frontmatter addresses reject them too (src/schemas/https-url.ts).
 * - Hand-written copies of the markers our plugins put on mentions and citations. The renderer
 *   strips them (src/markdown/rehype-casefile-links.ts); the check says so and names the directive
 *   to write instead.
 */
import type { Html, Link, Definition, Root } from 'mdast';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { visit } from 'unist-util-visit';
import { classifyHref, MARKER_CLASSES } from './body-links.ts';
import type { BodyProblem } from './body-syntax.ts';
import type { Position } from './diagnostics.ts';

/**
 * Most elements raw HTML may nest, counting the ones the HTML parser adds itself. Real entries
 * nest two or three; the renderer overflows the stack somewhere past 1,400.
 */
export const MAX_HTML_DEPTH = 64;

/** The data attributes our plugins use as markers, and the directive an editor should write. */
const OUR_ATTRIBUTES: Record<string, string> = {
  'data-entity': ':actor[Label]{#id} (or :measure, :quote, :event, :source)',
  'data-citation': ':cite[source-id]',
};

type Element = DefaultTreeAdapterMap['element'];
type ParentNode = DefaultTreeAdapterMap['parentNode'];

interface Segment {
  /** Where the node's text starts in the joined HTML. */
  readonly offset: number;
  readonly value: string;
  readonly position: Position;
}

/** The body's raw HTML, joined in document order, with where each piece came from. */
function joinHtml(nodes: readonly Html[]): { html: string; segments: Segment[] } {
  const segments: Segment[] = [];
  let html = '';
  for (const node of nodes) {
    const start = node.position?.start ?? { line: 1, column: 1 };
    segments.push({ offset: html.length, value: node.value, position: { line: start.line, column: start.column } });
    html += node.value;
  }
  return { html, segments };
}

/** The body position of an offset in the joined HTML. */
function positionAt(segments: readonly Segment[], offset: number): Position {
  // Binary search: a body can hold thousands of pieces of HTML, each with elements to place.
  let low = 0;
  let high = segments.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (segments[middle]!.offset <= offset) low = middle;
    else high = middle - 1;
  }
  const segment = segments[low]!;
  const before = segment.value.slice(0, offset - segment.offset);
  const newline = before.lastIndexOf('\n');
  const lines = before.split('\n').length - 1;
  return lines === 0
    ? { line: segment.position.line, column: segment.position.column + before.length }
    : { line: segment.position.line + lines, column: before.length - newline };
}

/** Problems in a body's raw HTML, with positions relative to the body. */
export function rawHtmlProblems(tree: Root): BodyProblem[] {
  const problems: BodyProblem[] = [];
  const htmlNodes: Html[] = [];
  // One walk for links and raw HTML: walks are a tenth of a body's parse.
  visit(tree, (node) => {
    if (node.type === 'html') {
      htmlNodes.push(node as Html);
      return;
    }
    if (node.type !== 'link' && node.type !== 'definition') return;
    const link = node as Link | Definition;
    const href = classifyHref(link.url);
    if (href.kind === 'blocked' && href.problem) {
      const start = link.position?.start ?? { line: 1, column: 1 };
      problems.push({
        rule: 'unsafe-link',
        message: href.problem,
        position: { line: start.line, column: start.column },
      });
    }
  });

  const { html, segments } = joinHtml(htmlNodes);
  if (html === '') return problems;
  const document = parse(html, { sourceCodeLocationInfo: true });
  const where = (element: Element, fallback: Position): Position => {
    const offset = element.sourceCodeLocation?.startOffset;
    return offset === undefined ? fallback : positionAt(segments, offset);
  };

  // Depth counts from <body>'s children at 1 (<html> is -1, <body> 0).
  const stack: { node: ParentNode; depth: number; near: Position }[] = [
    { node: document, depth: -2, near: segments[0]!.position },
  ];
  let tooDeep = false;
  while (stack.length > 0) {
    const { node, depth, near } = stack.pop()!;
    const children = 'content' in node ? node.content.childNodes : node.childNodes;
    for (let index = children.length - 1; index >= 0; index--) {
      const child = children[index]!;
      if (!('tagName' in child)) continue;
      const position = where(child, near);
      if (depth + 1 > MAX_HTML_DEPTH && !tooDeep) {
        tooDeep = true;
        problems.push({
          rule: 'body-too-complex',
          position,
          message: `the HTML here is nested more than ${MAX_HTML_DEPTH} elements deep; close each tag (<span>…</span>) or remove the HTML`,
        });
      }
      if (!tooDeep) stack.push({ node: child, depth: depth + 1, near: position });
      problems.push(...markerProblems(child, position));
      const href = child.tagName === 'a' ? child.attrs.find((attribute) => attribute.name === 'href') : undefined;
      const linkClass = href ? classifyHref(href.value) : undefined;
      if (linkClass?.kind === 'blocked' && linkClass.problem) {
        problems.push({ rule: 'unsafe-link', position, message: linkClass.problem });
      }
    }
  }
  return problems.sort((a, b) => a.position.line - b.position.line || a.position.column - b.position.column);
}

/** Hand-written copies of our mention and citation markers on one element. */
function markerProblems(element: Element, position: Position): BodyProblem[] {
  const problems: BodyProblem[] = [];
  for (const { name, value } of element.attrs) {
    const directive = OUR_ATTRIBUTES[name];
    const ours = name === 'class' ? value.split(/\s+/).find((word) => MARKER_CLASSES.test(word)) : undefined;
    if (directive === undefined && ours === undefined) continue;
    const what = directive === undefined ? `class="${ours}"` : `${name}="${value}"`;
    const instead = directive ?? (ours === 'citation' ? ':cite[source-id]' : ':actor[Label]{#id}');
    problems.push({
      rule: 'hand-written-marker',
      position,
      message: `${what} in HTML would pass for one of the site's own mentions or citations, so it is removed; write ${instead} instead`,
    });
  }
  return problems;
}
