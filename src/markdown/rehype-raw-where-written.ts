/**
 * rehype-raw, run only on trees that hold raw HTML. rehype-raw re-parses the whole tree through
 * parse5 even when the editor wrote no HTML, and most bodies hold none: that pass was about a
 * third of rendering a body (issue 12). A tree without `raw` nodes comes out of it as it went
 * in, except that parse5 drops a newline starting a code block's text, which a skipped tree keeps
 * (as CommonMark reads it). tests/markdown/rehype-raw-where-written.test.ts checks every real
 * entry, a synthetic corpus and fuzzed Markdown against rehype-raw on every tree.
 */
import type { Root } from 'hast';
import rehypeRaw, { type Options } from 'rehype-raw';
import { EXIT, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/** Whether any node of the tree is raw HTML. */
export function holdsRawHtml(tree: Root): boolean {
  let found = false;
  visit(tree, 'raw', () => {
    found = true;
    return EXIT;
  });
  return found;
}

export function rehypeRawWhereWritten(options?: Options) {
  const transform = rehypeRaw(options);
  return (tree: Root, file: VFile): Root => (holdsRawHtml(tree) ? transform(tree, file) : tree);
}
