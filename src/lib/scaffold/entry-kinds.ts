/**
 * The kinds of entry `npm run new` writes, as editors name them, and the folder each goes in.
 * The story is not among them: there is exactly one, and it already exists.
 */
import type { CollectionName } from '../../schemas/entity-ref.ts';
import { MENTION_DIRECTIVES } from '../mention-directives.ts';

/** The kinds `npm run new` writes: the body's mention names, and `sanction` for a measure. */
export const ENTRY_KINDS = {
  ...MENTION_DIRECTIVES,
  sanction: 'sanctions',
} as const satisfies Record<string, CollectionName>;

export type EntryKind = keyof typeof ENTRY_KINDS;
export type ScaffoldCollection = (typeof ENTRY_KINDS)[EntryKind];

/** The kinds offered to editors; `sanction` is accepted as another word for `measure`. */
export const OFFERED_KINDS = ['actor', 'measure', 'quote', 'event', 'source'] as const satisfies readonly EntryKind[];

export function isEntryKind(text: string): text is EntryKind {
  return Object.hasOwn(ENTRY_KINDS, text);
}

/** The field that holds the name or title an editor gives, or undefined for quotes (no title). */
export const NAME_FIELD: Record<ScaffoldCollection, string | undefined> = {
  actors: 'name',
  sanctions: 'title',
  quotes: undefined,
  timeline: 'title',
  sources: 'title',
};

/** The field that takes `--date`, if the kind has one. */
export const DATE_FIELD: Record<ScaffoldCollection, string | undefined> = {
  actors: undefined,
  sanctions: 'announced',
  quotes: 'date',
  timeline: 'date',
  sources: 'published',
};
