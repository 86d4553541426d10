/**
 * Stage two of the body pipeline: a parsed mdast tree (from `parse-body.ts`) to sanitized HTML.
 * The content loader runs it once per entry, after the checker has passed.
 *
 * `rehypePlugins` is also handed to Astro's own processor in `astro.config.mjs`, so any Markdown
 * Astro renders itself gets the same sanitizing and links.
 */
import { rehypeHeadingIds, type MarkdownHeading, type RehypePlugin } from '@astrojs/markdown-remark';
import type { Root as HastRoot } from 'hast';
import type { Root } from 'mdast';
import rehypeExternalLinks, { type Options as ExternalLinkOptions } from 'rehype-external-links';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { rehypeCasefileLinks } from './rehype-casefile-links.ts';
import { sanitizeSchema } from './sanitize-schema.ts';

/** External links never pass `window.opener` or the page address to the site they open. */
export const externalLinkOptions: ExternalLinkOptions = {
  rel: ['noopener', 'noreferrer'],
  protocols: ['http', 'https'],
};

/** Raw HTML is parsed first so the sanitizer sees real elements, then links are added. */
export function rehypePlugins(options: { base?: string } = {}): (RehypePlugin | [RehypePlugin, unknown])[] {
  return [
    rehypeRaw,
    [rehypeSanitize, sanitizeSchema],
    [rehypeCasefileLinks, { base: options.base ?? '/' }],
    [rehypeExternalLinks, externalLinkOptions],
  ];
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
