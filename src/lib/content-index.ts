/**
 * The indexed model of all entries: by id, by collection in reading order, and backlinks.
 *
 * Built once per build (and once per `npm run check`) and passed down. Pages never query per
 * entity; they look things up here. The same function indexes the checker's entities and the
 * entries Astro hands to pages, so both see the same order and the same backlinks.
 */
import type { CollectionData } from '../schemas/collections.ts';
import { COLLECTION_NAMES, type CollectionName } from '../schemas/entity-ref.ts';
import { compareDated, type Dated } from './timeline/chronology.ts';

/** The least an entry of collection C needs to be indexed. */
interface IndexableShape<C extends CollectionName> {
  readonly collection: C;
  readonly id: string;
  readonly data: CollectionData<C>;
  readonly references: readonly { readonly id: string; readonly via: string; readonly field: string }[];
}

/**
 * An indexable entry. Without a type argument it is the union over all collections, so checking
 * `entity.collection` narrows `entity.data`.
 */
export type IndexableEntity<C extends CollectionName = CollectionName> = { [K in C]: IndexableShape<K> }[C];

/** One entry that points at another, and through which fields. */
export interface Backlink<E> {
  readonly from: E;
  /** The fields (or `body`) the reference is written in, in file order, without repeats. */
  readonly fields: readonly string[];
}

export interface ContentIndex<E extends IndexableEntity> {
  /** Every entry, collection by collection, each collection in reading order. */
  readonly all: readonly E[];
  readonly byId: ReadonlyMap<string, E>;
  readonly byCollection: { readonly [C in CollectionName]: readonly Extract<E, { readonly collection: C }>[] };
  /** For each id, the entries that reference it, in reading order. */
  readonly backlinks: ReadonlyMap<string, readonly Backlink<E>[]>;
}

/** The name an entry is listed under. */
export function displayTitle(entity: IndexableEntity): string {
  switch (entity.collection) {
    case 'story':
      return (entity as IndexableEntity<'story'>).data.headline;
    case 'actors':
      return (entity as IndexableEntity<'actors'>).data.name;
    case 'quotes': {
      const text = (entity as IndexableEntity<'quotes'>).data.text;
      return text.length > 80 ? `${text.slice(0, 79).trimEnd()}…` : text;
    }
    default:
      return (entity as IndexableEntity<'sanctions' | 'timeline' | 'sources'>).data.title;
  }
}

/**
 * The date an entry is ordered by, if it has one, with the timeline's qualifier and same-day
 * order, so every dated collection sorts by the one rule in `src/lib/timeline/chronology.ts`.
 */
function orderingDate(entity: IndexableEntity): Dated | undefined {
  switch (entity.collection) {
    case 'timeline': {
      const { date, qualifier, order } = (entity as IndexableEntity<'timeline'>).data;
      return { date, qualifier, order };
    }
    case 'sanctions': {
      const { announced, listed } = (entity as IndexableEntity<'sanctions'>).data;
      const date = announced ?? listed;
      return date === undefined ? undefined : { date };
    }
    case 'quotes':
      return { date: (entity as IndexableEntity<'quotes'>).data.date };
    default:
      return undefined;
  }
}

const collator = new Intl.Collator('en-GB', { sensitivity: 'base', numeric: true });

/**
 * Reading order within a collection: actors and sources alphabetically; quotes, timeline events
 * and measures chronologically by `compareDated` (undated last); ties broken by id so the order never depends on
 * the order files were read in.
 */
export function compareInCollection(a: IndexableEntity, b: IndexableEntity): number {
  if (a.collection === 'actors' || a.collection === 'sources') {
    return collator.compare(displayTitle(a), displayTitle(b)) || compareIds(a.id, b.id);
  }
  const dateA = orderingDate(a);
  const dateB = orderingDate(b);
  if (dateA && dateB) {
    const byDate = compareDated(dateA, dateB);
    if (byDate !== 0) return byDate;
  } else if (dateA || dateB) {
    return dateA ? -1 : 1;
  }
  return compareIds(a.id, b.id);
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function buildIndex<E extends IndexableEntity>(entities: Iterable<E>): ContentIndex<E> {
  const grouped = Object.fromEntries(COLLECTION_NAMES.map((name) => [name, [] as E[]])) as Record<CollectionName, E[]>;
  const byId = new Map<string, E>();
  for (const entity of entities) {
    grouped[entity.collection].push(entity);
    if (!byId.has(entity.id)) byId.set(entity.id, entity);
  }
  for (const name of COLLECTION_NAMES) grouped[name].sort(compareInCollection);
  const all = COLLECTION_NAMES.flatMap((name) => grouped[name]);

  // Backlinks are worked out on first use: the site's pages need them, the checker does not (a
  // fifth of a warm check's index time at 20,000 entries).
  let backlinks: Map<string, Backlink<E>[]> | undefined;
  return {
    all,
    byId,
    byCollection: grouped as unknown as ContentIndex<E>['byCollection'],
    get backlinks() {
      return (backlinks ??= backlinksOf(all));
    },
  };
}

/** For each entry, the entries that point at it and through which fields, in reading order. */
function backlinksOf<E extends IndexableEntity>(all: readonly E[]): Map<string, Backlink<E>[]> {
  const backlinks = new Map<string, Backlink<E>[]>();
  // A few dozen field paths (`sources[3]`, `body`) recur across hundreds of thousands of
  // references: each is stripped of its indexes once.
  const fieldNames = new Map<string, string>();
  for (const from of all) {
    const fieldsByTarget = new Map<string, string[]>();
    for (const reference of from.references) {
      if (reference.id === from.id) continue;
      const fields = fieldsByTarget.get(reference.id) ?? [];
      let field = fieldNames.get(reference.field);
      if (field === undefined) fieldNames.set(reference.field, (field = reference.field.replace(/\[\d+\]/g, '')));
      if (!fields.includes(field)) fields.push(field);
      fieldsByTarget.set(reference.id, fields);
    }
    for (const [target, fields] of fieldsByTarget) {
      const list = backlinks.get(target) ?? [];
      list.push({ from, fields });
      backlinks.set(target, list);
    }
  }
  return backlinks;
}
