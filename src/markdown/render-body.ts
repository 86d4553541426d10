/**
 * Stage two of the body pipeline: a parsed mdast tree (from `parse-body.ts`) to sanitized HTML.
 * The content loader runs it once per entry, after the checker has passed.
 *
 * `rehypePlugins` is also handed to Astro's own processor in `astro.config.mjs`, so any Markdown
 * Astro renders itself gets the same sanitizing and links.
 */
import type { MarkdownHeading, RehypePlugin } from '@astrojs/markdown-remark';
import type { Root as HastRoot } from 'hast';
import type { Root } from 'mdast';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { rehypeCasefileLinks, rehypeSetAsideMarkers } from './rehype-casefile-links.ts';
import { rehypeHeadingIds } from './rehype-heading-ids.ts';
import { rehypeRawWhereWritten } from './rehype-raw-where-written.ts';
import { sanitizeSchema } from './sanitize-schema.ts';

/**
 * Our markers are set aside before raw HTML is parsed, so the sanitizer removes every marker,
 * id and href the editor wrote; then our links, link classes and heading ids are added.
 */
export function rehypePlugins(options: { base?: string } = {}): (RehypePlugin | [RehypePlugin, unknown])[] {
  return [
    rehypeSetAsideMarkers,
    rehypeRawWhereWritten,
    [rehypeSanitize, sanitizeSchema],
    [rehypeCasefileLinks, { base: options.base ?? '/' }],
    rehypeHeadingIds,
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
