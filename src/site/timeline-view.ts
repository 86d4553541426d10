/**
 * What the timeline pages show, derived once per build from the site model: the events in the
 * index's order (the one sort, `src/lib/timeline/chronology.ts`), their labels and links, the
 * filter pages, and the visual timeline's layouts. Pages pick from this; nothing here queries.
 */
import { displayTitle } from '../lib/content-index.ts';
import { collectionHref, entityHref } from '../lib/routes.ts';
import { LIST_PAGE_SIZES, pagerView, splitIntoPages, type PagerView } from '../lib/pagination/list-pages.ts';
import { toDatetimeAttribute } from '../lib/partial-date.ts';
import { axisModel, type AxisItem, type AxisModel } from '../lib/timeline/axis.ts';
import { eventDateLabel, shortDateLabel } from '../lib/timeline/date-label.ts';
import {
  actorFilters,
  assertNoFolderClash,
  groupByYear,
  meaningFilters,
  neighboursOf,
  type TimelineFilter,
  type YearGroup,
} from '../lib/timeline/filters.ts';
import { DATE_MEANINGS } from '../schemas/timeline-event.ts';
import type { CollectionName } from '../schemas/entity-ref.ts';
import { DATE_MEANING_LABELS } from './labels.ts';
import type { SiteEntity, SiteModel } from './site-model.ts';
import { COLLECTION_LABELS, linkToEntity, type LinkProps } from './view-helpers.ts';

type DateMeaning = (typeof DATE_MEANINGS)[number];

/** What a date meaning says, for filter titles and descriptions: "when something was attributed". */
export const DATE_MEANING_PHRASES: Record<DateMeaning, string> = {
  occurred: 'when something happened',
  began: 'when something began',
  ended: 'when something ended',
  detected: 'when something was detected',
  disclosed: 'when something was disclosed',
  attributed: 'when something was attributed',
  announced: 'when something was announced',
  reported: 'when something was reported',
  published: 'when something was published',
};

/** One event as a list item. */
export interface EventItem {
  readonly id: string;
  readonly href: string;
  readonly title: string;
  readonly dateLabel: string;
  readonly datetime: string;
  readonly meaning: DateMeaning;
  readonly meaningLabel: string;
  readonly actorNames: readonly string[];
  /** For filtering and grouping. */
  readonly data: { readonly date: string; readonly dateMeaning: string; readonly actors: readonly string[] };
}

/** A link in the filter bar. */
export interface FilterLink {
  /** "meaning:attributed", "actor:apt31", or "all". */
  readonly key: string;
  readonly href: string;
  readonly label: string;
  readonly count: number;
}

/** One pre-built filter page. */
export interface FilterPage {
  readonly key: string;
  /** The route parameter under /timeline/actor/ or /timeline/meaning/. */
  readonly param: string;
  readonly title: string;
  readonly heading: string;
  readonly description: string;
  readonly groups: readonly YearGroup<EventItem>[];
  readonly count: number;
  /** The events split into pages for a list too long for one (LIST_PAGE_SIZES.timeline). */
  readonly pages: readonly EventListPage[];
}

/** One page of a (possibly split) list of events. */
export interface EventListPage {
  readonly number: number;
  readonly groups: readonly YearGroup<EventItem>[];
  readonly shown: number;
  readonly pager: PagerView | undefined;
}

/** The events, oldest first, in pages of at most LIST_PAGE_SIZES.timeline, each grouped by year. */
function eventPages(events: readonly EventItem[], listHref: string): EventListPage[] {
  const slices = splitIntoPages(events, LIST_PAGE_SIZES.timeline);
  return slices.map((slice, i) => ({
    number: i + 1,
    groups: groupByYear(slice),
    shown: slice.length,
    pager: pagerView(listHref, slices.length, i + 1),
  }));
}

export interface TimelineView {
  readonly events: readonly EventItem[];
  readonly groups: readonly YearGroup<EventItem>[];
  /** The full timeline's list, split into pages when it is too long for one. */
  readonly pages: readonly EventListPage[];
  readonly allLink: FilterLink;
  readonly meaningLinks: readonly FilterLink[];
  /** The most involved actors, shown at once; the rest sit behind "More actors". */
  readonly actorLinks: readonly FilterLink[];
  readonly moreActorLinks: readonly FilterLink[];
  readonly meaningPages: readonly FilterPage[];
  readonly actorPages: readonly FilterPage[];
  readonly axis: { readonly wide: AxisModel; readonly narrow: AxisModel };
}

/** Actors in at least this many events are offered at once; the rest behind "More actors". */
const MAIN_ACTOR_EVENTS = 3;

/** Above this many actors with events, only the most involved get a filter chip and page. */
export const ACTOR_FILTER_LIMIT = 200;

/** The visual timeline's span, as the issue asks: 2010 to 2025. */
const AXIS_YEARS = { fromYear: 2010, toYear: 2025 } as const;

function itemOf(event: SiteEntity<'timeline'>, model: SiteModel, base: string): EventItem {
  const data = event.data;
  return {
    id: event.id,
    href: entityHref('timeline', event.id, base),
    title: data.title,
    dateLabel: eventDateLabel(data),
    datetime: toDatetimeAttribute(data.date),
    meaning: data.dateMeaning,
    meaningLabel: DATE_MEANING_LABELS[data.dateMeaning],
    actorNames: data.actors.map((id) => {
      const actor = model.index.byId.get(id);
      return actor ? displayTitle(actor) : id;
    }),
    data: { date: data.date, dateMeaning: data.dateMeaning, actors: data.actors },
  };
}

function axisItem(event: SiteEntity<'timeline'>): AxisItem {
  return {
    id: event.id,
    date: event.data.date,
    label: event.data.keyDate ?? event.data.title,
    shortDate: shortDateLabel(event.data),
    dateLabel: eventDateLabel(event.data),
  };
}

function buildView(model: SiteModel, base: string): TimelineView {
  const entities = model.index.byCollection.timeline;
  assertNoFolderClash(entities);
  const events = entities.map((event) => itemOf(event, model, base));
  const timelineHref = collectionHref('timeline', base);
  const actorName = (id: string) => {
    const actor = model.index.byId.get(id);
    return actor ? displayTitle(actor) : id;
  };

  const linkOf = (filter: TimelineFilter<EventItem>): FilterLink => ({
    key: `${filter.kind}:${filter.value}`,
    href: `${timelineHref}${filter.path}`,
    label: filter.kind === 'meaning' ? DATE_MEANING_LABELS[filter.value as DateMeaning] : actorName(filter.value),
    count: filter.events.length,
  });
  const byMeaning = meaningFilters(events, DATE_MEANINGS);
  const byActor = actorFilters(events);

  const meaningPages = byMeaning.map((filter): FilterPage => {
    const meaning = filter.value as DateMeaning;
    const label = DATE_MEANING_LABELS[meaning];
    const count = filter.events.length;
    return {
      key: `meaning:${meaning}`,
      param: meaning,
      title: `Timeline: dates marked “${label}”`,
      heading: `Timeline: dates marked “${label}”`,
      description: `The ${count === 1 ? 'one timeline event' : `${count} timeline events`} whose date marks ${DATE_MEANING_PHRASES[meaning]}, oldest first.`,
      groups: groupByYear(filter.events),
      count,
      pages: eventPages(filter.events, `${timelineHref}${filter.path}`),
    };
  });
  // At a scale the real story never reaches, a chip and a page per actor would repeat thousands
  // of links on every timeline page (pages × entries, issue 12): keep the most involved only.
  const kept =
    byActor.length > ACTOR_FILTER_LIMIT
      ? [...byActor]
          .sort((a, b) => b.events.length - a.events.length || a.value.localeCompare(b.value))
          .slice(0, ACTOR_FILTER_LIMIT)
      : byActor;
  const keptValues = new Set(kept.map((filter) => filter.value));
  const shownActorFilters = byActor.filter((filter) => keptValues.has(filter.value));
  const actorPages = shownActorFilters.map((filter): FilterPage => {
    const name = actorName(filter.value);
    const count = filter.events.length;
    return {
      key: `actor:${filter.value}`,
      param: filter.value,
      title: `Timeline: events involving ${name}`,
      heading: `Timeline: events involving ${name}`,
      description: `The ${count === 1 ? 'one timeline event' : `${count} timeline events`} involving ${name}, oldest first, with what each date marks.`,
      groups: groupByYear(filter.events),
      count,
      pages: eventPages(filter.events, `${timelineHref}${filter.path}`),
    };
  });

  const actorLinks = shownActorFilters.map(linkOf);
  const keyEvents = entities.filter((event) => event.data.keyDate !== undefined);
  const axisInput = {
    ...AXIS_YEARS,
    bands: keyEvents.filter((event) => event.data.precision === 'range').map(axisItem),
    marks: keyEvents.filter((event) => event.data.precision !== 'range').map(axisItem),
  };

  return {
    events,
    groups: groupByYear(events),
    pages: eventPages(events, timelineHref),
    allLink: { key: 'all', href: timelineHref, label: 'All events', count: events.length },
    meaningLinks: byMeaning.map(linkOf),
    actorLinks: actorLinks.filter((link) => link.count >= MAIN_ACTOR_EVENTS),
    moreActorLinks: actorLinks
      .filter((link) => link.count < MAIN_ACTOR_EVENTS)
      .sort((a, b) => a.label.localeCompare(b.label, 'en-GB')),
    meaningPages,
    actorPages,
    axis: {
      wide: axisModel(axisInput, { width: 800, fontSize: 14, yearLabelEvery: 1 }),
      narrow: axisModel(axisInput, { width: 360, fontSize: 15, yearLabelEvery: 5 }),
    },
  };
}

const views = new WeakMap<SiteModel, TimelineView>();

/** The timeline's view of the model, built on first use and shared by every timeline page. */
export function timelineView(model: SiteModel, base: string): TimelineView {
  let view = views.get(model);
  if (!view) {
    view = buildView(model, base);
    views.set(model, view);
  }
  return view;
}

/** A group of connected entries on an event page. */
export interface ConnectedGroup {
  readonly heading: string;
  readonly links: readonly LinkProps[];
}

const CONNECTED_ORDER: readonly CollectionName[] = ['timeline', 'sanctions', 'quotes', 'actors', 'sources', 'story'];
const CONNECTED_HEADINGS: Record<CollectionName, string> = {
  timeline: 'Events',
  sanctions: COLLECTION_LABELS.sanctions.plural,
  quotes: COLLECTION_LABELS.quotes.plural,
  actors: 'Actor pages',
  sources: COLLECTION_LABELS.sources.plural,
  story: COLLECTION_LABELS.story.plural,
};

const positions = new WeakMap<SiteModel, ReadonlyMap<string, number>>();

/** Each entry's place in the index's order, computed once per build. */
function positionsOf(model: SiteModel): ReadonlyMap<string, number> {
  let map = positions.get(model);
  if (!map) positions.set(model, (map = new Map(model.index.all.map((entity, i) => [entity.id, i]))));
  return map;
}

/**
 * The event's `related` entries and the entries that reference it, merged into one list grouped
 * by kind, each entry once, each group in the index's order.
 */
export function connectedEntriesOf(model: SiteModel, event: SiteEntity<'timeline'>, base: string): ConnectedGroup[] {
  const ids = new Set<string>(event.data.related);
  for (const { from } of model.index.backlinks.get(event.id) ?? []) ids.add(from.id);
  ids.delete(event.id);
  // Looked up by id and put back in the index's order, rather than filtering the whole index on
  // every event page (pages × entries, issue 12).
  const position = positionsOf(model);
  const connected = [...ids]
    .map((id) => model.index.byId.get(id))
    .filter((entity): entity is SiteEntity => entity !== undefined)
    .sort((a, b) => position.get(a.id)! - position.get(b.id)!);
  return CONNECTED_ORDER.map((collection) => ({
    heading: CONNECTED_HEADINGS[collection],
    links: connected.filter((entity) => entity.collection === collection).map((entity) => linkToEntity(entity, base)),
  })).filter((group) => group.links.length > 0);
}

const eventPositions = new WeakMap<TimelineView, ReadonlyMap<string, number>>();

/** Where each event sits in timeline order; a map built once, not a search on every event page. */
function eventPosition(view: TimelineView, id: string): number | undefined {
  let map = eventPositions.get(view);
  if (!map) eventPositions.set(view, (map = new Map(view.events.map((event, i) => [event.id, i]))));
  return map.get(id);
}

/** The timeline's item for one event, as its page shows it. */
export function eventItemOf(model: SiteModel, id: string, base: string): EventItem | undefined {
  const view = timelineView(model, base);
  const at = eventPosition(view, id);
  return at === undefined ? undefined : view.events[at];
}

/** Previous and next events in timeline order, as links with their date labels. */
export function eventNeighbours(model: SiteModel, id: string, base: string) {
  const view = timelineView(model, base);
  const at = eventPosition(view, id);
  // neighboursOf on a window of three: the same rule, without scanning every event.
  const { previous, next } = at === undefined ? {} : neighboursOf(view.events.slice(Math.max(0, at - 1), at + 2), id);
  return { previous, next };
}
