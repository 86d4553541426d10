/**
 * Stage one of the body pipeline: Markdown to mdast, once per body.
 *
 * Mentions and citations are resolved into nodes, and the facts the checker needs (references,
 * uncited paragraphs, problems) are collected. This is all `npm run check` runs; stage two
 * (`render-body.ts`) turns the same tree into HTML after the check has passed, so no body is
 * parsed twice. `remarkPlugins` is also handed to Astro's own processor in `astro.config.mjs`.
 */
import type { RemarkPlugin } from '@astrojs/markdown-remark';
import type { Root } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import type { BodyFacts } from '../lib/body-syntax.ts';
import { remarkCasefileDirectives } from './remark-casefile-directives.ts';
import { remarkTables } from './remark-tables.ts';

/** Typed so the same list fits both unified's `use()` and Astro's `unified({ remarkPlugins })`. */
export const remarkPlugins: (RemarkPlugin | [RemarkPlugin, unknown])[] = [
  remarkTables,
  remarkDirective,
  remarkCasefileDirectives,
];

const parser = unified().use(remarkParse).use(remarkPlugins).freeze();

export interface ParsedBody {
  readonly tree: Root;
  readonly facts: BodyFacts;
}

/** Parse a body once. Positions in the tree and the facts are relative to the body text. */
export function parseBody(markdown: string, path?: string): ParsedBody {
  const file = new VFile({ value: markdown, ...(path === undefined ? {} : { path }) });
  const tree = parser.runSync(parser.parse(file), file) as Root;
  return { tree, facts: file.data.casefile! };
}
