/**
 * A body's mentions and citations as the references the rules read. Apart from load-entry.ts so
 * that the checker's own thread, which makes these again for every file the per-file cache
 * answers, does not load the Markdown pipeline that load-entry.ts needs.
 */
import { COLLECTION_NAMES, type CollectionName, type ReferenceTarget } from '../../schemas/entity-ref.ts';
import type { BodyFacts, BodyReference } from '../body-syntax.ts';
import type { Position } from '../diagnostics.ts';
import type { Reference } from './load-entry.ts';

/**
 * What a mention into each collection, and a citation, may point at: one frozen object each,
 * shared by every reference (20,000 entries hold some 435,000 references).
 */
const MENTION_TARGETS = Object.fromEntries(
  COLLECTION_NAMES.map((name) => [name, Object.freeze({ collections: Object.freeze([name]) })]),
) as Record<CollectionName, ReferenceTarget>;

/**
 * The body's mentions and citations as references, in body order. A file's references are its
 * fields' followed by these; the per-file cache stores only the fields' and makes these again.
 */
export function referencesInBody(facts: Pick<BodyFacts, 'references'>): Reference[] {
  return facts.references.map((reference) =>
    bodyReference(reference.kind, reference.id, reference.collection, reference.position, reference.label),
  );
}

/** One mention or citation as a reference (citations always point into sources). */
export function bodyReference(
  kind: BodyReference['kind'],
  id: string,
  collection: CollectionName,
  position: Position,
  label: string | undefined,
): Reference {
  return {
    id,
    target: MENTION_TARGETS[kind === 'citation' ? 'sources' : collection],
    via: kind,
    field: 'body',
    position,
    ...(label !== undefined && { label }),
  };
}
