/**
 * What `npm run build`'s two processes share (build-command.ts, the parent; build-site.ts, the
 * child): the options, and the child's answer. No imports, so the parent loads nothing heavy.
 */

/**
 * The child's answer: built (with what the search index needs), content refused, Astro's build
 * failed (`failed`), or anything else went wrong before it (`crashed`, reported as any CLI error).
 */
export type SiteBuildAnswer =
  | { readonly kind: 'built'; readonly entries: number; readonly names: [string, readonly string[]][] }
  | { readonly kind: 'refused' }
  | { readonly kind: 'failed'; readonly message: string }
  | { readonly kind: 'crashed'; readonly message: string; readonly stack: string };

export const BUILD_OPTIONS = {
  force: { type: 'boolean', default: false },
  content: { type: 'string' },
  out: { type: 'string', default: 'dist' },
  'no-cache': { type: 'boolean', default: false },
} as const;
