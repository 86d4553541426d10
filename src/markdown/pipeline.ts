/**
 * The Markdown pipeline for entry bodies, split in two so each body is parsed once:
 *
 * 1. `parseBody` — Markdown to mdast, with mentions and citations resolved into nodes and the
 *    facts the checker needs (references, uncited paragraphs). This is all `npm run check` runs.
 * 2. `createBodyRenderer().render` — the same mdast tree to sanitized HTML, run by the content
 *    loader only after the checker has passed.
 *
 * `remarkPlugins` and `rehypePlugins` are also handed to Astro's own processor in
 * `astro.config.mjs`, so any Markdown Astro renders itself gets the same syntax and sanitizing.
 */
import { rehypeHeadingIds, type MarkdownHeading, type RehypePlugin, type RemarkPlugin } from '@astrojs/markdown-remark';
import type { Root as HastRoot } from 'hast';
import type { Root } from 'mdast';
import rehypeExternalLinks, { type Options as ExternalLinkOptions } from 'rehype-external-links';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import type { BodyFacts } from '../lib/body-syntax.ts';
import { rehypeCasefileLinks } from './rehype-casefile-links.ts';
import { remarkCasefileDirectives } from './remark-casefile-directives.ts';
import { sanitizeSchema } from './sanitize-schema.ts';

/** External links never pass `window.opener` or the page address to the site they open. */
export const externalLinkOptions: ExternalLinkOptions = {
  rel: ['noopener', 'noreferrer'],
  protocols: ['http', 'https'],
};

/** Typed so the same list fits both unified's `use()` and Astro's `unified({ remarkPlugins })`. */
export const remarkPlugins: (RemarkPlugin | [RemarkPlugin, unknown])[] = [remarkDirective, remarkCasefileDirectives];

/** Raw HTML is parsed first so the sanitizer sees real elements, then links are added. */
export function rehypePlugins(options: { base?: string } = {}): (RehypePlugin | [RehypePlugin, unknown])[] {
  return [
    rehypeRaw,
    [rehypeSanitize, sanitizeSchema],
    [rehypeCasefileLinks, { base: options.base ?? '/' }],
    [rehypeExternalLinks, externalLinkOptions],
  ];
}

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkPlugins).freeze();

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

export interface RenderedBody {
  readonly html: string;
  readonly headings: MarkdownHeading[];
}

/** A renderer for parsed bodies, for a site served from `base`. */
export function createBodyRenderer(options: { base?: string } = {}) {
  const renderer = unified()
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypePlugins(options))
    .use(rehypeHeadingIds)
    .use(rehypeStringify)
    .freeze();
  return {
    render(tree: Root, path?: string): RenderedBody {
      const file = new VFile(path === undefined ? {} : { path });
      const hast = renderer.runSync(tree, file) as HastRoot;
      return { html: renderer.stringify(hast, file), headings: file.data.astro?.headings ?? [] };
    },
  };
}
