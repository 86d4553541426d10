/**
 * The mention directives of the body syntax (src/lib/body-syntax.ts) and the collection each
 * points into. Apart from the syntax's parser so that the checker's rules and the scaffolder can
 * name a directive without loading the Markdown and HTML parsers.
 */
import type { CollectionName } from '../schemas/entity-ref.ts';

/** Mention directive names and the collection each points into. */
export const MENTION_DIRECTIVES = {
  actor: 'actors',
  measure: 'sanctions',
  quote: 'quotes',
  event: 'timeline',
  source: 'sources',
} as const satisfies Record<string, CollectionName>;

export type MentionName = keyof typeof MENTION_DIRECTIVES;
