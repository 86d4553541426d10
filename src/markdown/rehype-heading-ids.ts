/**
 * rehype plugin, run after sanitizing: give each heading in a body its anchor id, namespaced so
 * it can never equal an id the page already uses (`headingAnchorId` in src/lib/body-links.ts),
 * and record the headings for the page's table of contents. It replaces Astro's rehypeHeadingIds,
 * which made `## source-1` into `id="source-1"`, the id a citation links to; Astro's, when it runs
 * after this in Astro's own processor, keeps the ids set here.
 */
import type { MarkdownHeading } from '@astrojs/markdown-remark';
import type { Element, Root, Text } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { headingAnchorId } from '../lib/body-links.ts';

const HEADING = /^h([1-6])$/;

function textOf(element: Element): string {
  let text = '';
  visit(element, 'text', (node: Text) => {
    text += node.value;
  });
  return text;
}

export function rehypeHeadingIds() {
  return (tree: Root, file: VFile): void => {
    const taken = new Set<string>();
    const headings: MarkdownHeading[] = [];
    visit(tree, 'element', (element) => {
      const level = HEADING.exec(element.tagName)?.[1];
      if (level === undefined) return;
      const text = textOf(element);
      const id = headingAnchorId(text, taken);
      element.properties['id'] = id;
      headings.push({ depth: Number(level), slug: id, text });
    });
    file.data.astro = { ...file.data.astro, headings };
  };
}
