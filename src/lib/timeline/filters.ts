/**
 * The timeline's filters without JavaScript: each filter is a pre-built page whose URL holds it
 * (`/timeline/meaning/attributed/`, `/timeline/actor/apt31/`). Only filters that match at least
 * one event exist. Events keep the index's order (`chronology.ts`).
 */
import { yearOf } from './chronology.ts';

export type FilterKind = 'actor' | 'meaning';

/** What filtering and grouping need from an event. */
export interface FilterableEvent {
  readonly id: string;
  readonly data: { readonly date: string; readonly dateMeaning: string; readonly actors: readonly string[] };
}

export interface TimelineFilter<E extends FilterableEvent> {
  readonly kind: FilterKind;
  /** The actor id or the date meaning, as in the content. */
  readonly value: string;
  /** The path under `/timeline/`, e.g. "actor/apt31/". */
  readonly path: string;
  readonly events: readonly E[];
}

/** The URL folders; an event id equal to one of them would hide its page behind a filter. */
export const FILTER_FOLDERS: Readonly<Record<FilterKind, string>> = { actor: 'actor', meaning: 'meaning' };

export function filterPath(kind: FilterKind, value: string): string {
  return `${FILTER_FOLDERS[kind]}/${encodeURIComponent(value)}/`;
}

/**
 * One filter per date meaning that has events, in the order `meanings` lists them (the schema's
 * order), each with its events in timeline order.
 */
export function meaningFilters<E extends FilterableEvent>(
  events: readonly E[],
  meanings: readonly string[],
): TimelineFilter<E>[] {
  return meanings
    .map((value) => ({
      kind: 'meaning' as const,
      value,
      path: filterPath('meaning', value),
      events: events.filter((event) => event.data.dateMeaning === value),
    }))
    .filter((filter) => filter.events.length > 0);
}

/** One filter per actor involved in any event: the most involved first, then by id. */
export function actorFilters<E extends FilterableEvent>(events: readonly E[]): TimelineFilter<E>[] {
  const byActor = new Map<string, E[]>();
  for (const event of events) {
    for (const actor of new Set(event.data.actors)) byActor.set(actor, [...(byActor.get(actor) ?? []), event]);
  }
  return [...byActor]
    .sort(([idA, a], [idB, b]) => b.length - a.length || (idA < idB ? -1 : idA > idB ? 1 : 0))
    .map(([value, matching]) => ({
      kind: 'actor' as const,
      value,
      path: filterPath('actor', value),
      events: matching,
    }));
}

/** Throws when an event's id would collide with a filter folder (`/timeline/actor/`). */
export function assertNoFolderClash(events: readonly FilterableEvent[]): void {
  const folders = new Set(Object.values(FILTER_FOLDERS));
  const clash = events.find((event) => folders.has(event.id));
  if (clash) throw new Error(`timeline event id "${clash.id}" is a filter folder name; rename the file`);
}

export interface YearGroup<E> {
  readonly year: number;
  readonly events: readonly E[];
}

/** Consecutive events grouped under the year each starts in; the input order is kept. */
export function groupByYear<E extends FilterableEvent>(events: readonly E[]): YearGroup<E>[] {
  const groups: { year: number; events: E[] }[] = [];
  for (const event of events) {
    const year = yearOf(event.data.date);
    const last = groups.at(-1);
    if (last && last.year === year) last.events.push(event);
    else groups.push({ year, events: [event] });
  }
  return groups;
}

/** The events just before and after one, in timeline order. */
export function neighboursOf<E extends { readonly id: string }>(
  events: readonly E[],
  id: string,
): { readonly previous?: E; readonly next?: E } {
  const at = events.findIndex((event) => event.id === id);
  if (at < 0) return {};
  const previous = events[at - 1];
  const next = events[at + 1];
  return { ...(previous ? { previous } : {}), ...(next ? { next } : {}) };
}
