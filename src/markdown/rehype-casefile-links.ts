/**
 * rehype plugin, run after sanitizing: give mentions their href and citations their anchor ids.
 *
 * It runs after rehype-sanitize on purpose. Sanitizing strips ids (they could clobber DOM
 * globals) and any href we did not write; the links made here come from validated ids, not from
 * the editor's HTML, so they are safe to add afterwards.
 */
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';
import { resolveBodyLink } from '../lib/body-links.ts';

export interface CasefileLinkOptions {
  /** The site's base path, e.g. "/" or "/casefile/". */
  readonly base?: string;
}

export function rehypeCasefileLinks(options: CasefileLinkOptions = {}) {
  const base = options.base ?? '/';
  return (tree: Root): void => {
    visit(tree, 'element', (element) => {
      if (element.tagName !== 'a') return;
      const link = resolveBodyLink(element.properties, base);
      if (link) element.properties = link;
    });
  };
}
