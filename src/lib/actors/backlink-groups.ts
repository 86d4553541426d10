/**
 * An actor's backlinks sorted into the groups a reader looks for: what was done to it, what it
 * did, what it said, what was said about it, the events it is in, and every other mention. Each
 * entry appears in one group only, the first that fits, so no list repeats another.
 */
import type { Backlink, IndexableEntity } from '../content-index.ts';
import type { ActorMeasures, AffiliatedMeasure } from './actor-measures.ts';

export const BACKLINK_GROUP_KINDS = [
  'measures-against',
  'measures-affiliated',
  'measures-by',
  'cases-heard',
  'quotes-by',
  'quotes-about',
  'events',
  'mentions',
] as const;
export type BacklinkGroupKind = (typeof BACKLINK_GROUP_KINDS)[number];

export interface BacklinkItem<E extends IndexableEntity> {
  readonly entity: E;
  /** For measures against affiliated actors: the targets and the links. */
  readonly affiliated?: AffiliatedMeasure<E>['via'];
}

export interface BacklinkGroup<E extends IndexableEntity> {
  readonly kind: BacklinkGroupKind;
  readonly items: readonly BacklinkItem<E>[];
}

const QUOTE_BY_FIELDS = new Set(['speaker', 'jointWith']);

function kindOf<E extends IndexableEntity>(link: Backlink<E>): BacklinkGroupKind {
  const { from, fields } = link;
  switch (from.collection) {
    case 'sanctions':
      if (fields.includes('targets')) return 'measures-against';
      if (fields.includes('authority')) return 'measures-by';
      // A court hears an indictment; it does not bring it.
      return fields.includes('court') ? 'cases-heard' : 'mentions';
    case 'quotes':
      return fields.some((field) => QUOTE_BY_FIELDS.has(field)) ? 'quotes-by' : 'quotes-about';
    case 'timeline':
      return 'events';
    default:
      return 'mentions';
  }
}

/**
 * The groups, in `BACKLINK_GROUP_KINDS` order, empty ones left out. Items keep the index's reading
 * order (chronological for dated collections), so each group is already sorted by date.
 */
export function groupActorBacklinks<E extends IndexableEntity>(
  backlinks: readonly Backlink<E>[],
  measures: ActorMeasures<E>,
  /** Ids the page already lists elsewhere (its affiliated actors), left out of the mentions. */
  shownElsewhere: ReadonlySet<string> = new Set(),
): BacklinkGroup<E>[] {
  const groups = new Map<BacklinkGroupKind, BacklinkItem<E>[]>(BACKLINK_GROUP_KINDS.map((kind) => [kind, []]));
  const placed = new Set<string>(shownElsewhere);
  for (const measure of measures.against) placed.add(measure.id);
  for (const { measure, via } of measures.affiliated) {
    groups.get('measures-affiliated')!.push({ entity: measure, affiliated: via });
    placed.add(measure.id);
  }
  for (const link of backlinks) {
    const kind = kindOf(link);
    if (kind === 'measures-against') {
      groups.get(kind)!.push({ entity: link.from });
      continue;
    }
    if (placed.has(link.from.id)) continue;
    groups.get(kind)!.push({ entity: link.from });
  }
  return BACKLINK_GROUP_KINDS.flatMap((kind) => {
    const items = groups.get(kind)!;
    return items.length > 0 ? [{ kind, items }] : [];
  });
}
