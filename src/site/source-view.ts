/**
 * What the bibliography and the source pages show: each source's facts and every place that
 * cites it, with links to the citing paragraph (`/timeline/x/#cite-2-1`). The back-references
 * are derived once per build (src/lib/sources/back-references.ts).
 */
import { displayTitle } from '../lib/content-index.ts';
import { buildBackReferences, type BackReference } from '../lib/sources/back-references.ts';
import { LIST_PAGE_SIZES, pagerView, splitIntoPages, type PagerView } from '../lib/pagination/list-pages.ts';
import { collectionHref, entityHref } from '../lib/routes.ts';
import type { CollectionName } from '../schemas/entity-ref.ts';
import { SOURCE_KIND_LABELS } from './labels.ts';
import type { SiteEntity, SiteModel } from './site-model.ts';
import { COLLECTION_LABELS, linkToEntity, type LinkProps } from './view-helpers.ts';

const derived = new WeakMap<SiteModel, ReadonlyMap<string, readonly BackReference[]>>();

function backReferenceMap(model: SiteModel): ReadonlyMap<string, readonly BackReference[]> {
  let map = derived.get(model);
  if (!map) {
    map = buildBackReferences(model.index.all, (id) => model.index.byId.get(id)?.collection === 'sources');
    derived.set(model, map);
  }
  return map;
}

/** One entry citing a source: the entry, the fields naming it, and links to each body citation. */
export interface CitingPlaceView {
  readonly entry: LinkProps;
  readonly fields: readonly string[];
  readonly anchors: readonly { readonly href: string; readonly label: string }[];
  readonly mentioned: boolean;
}

export interface CitingGroupView {
  readonly collection: CollectionName;
  readonly heading: string;
  readonly places: readonly CitingPlaceView[];
}

/** Every place that cites the source, grouped by collection in the index's reading order. */
export function citingPlacesOf(model: SiteModel, sourceId: string, base: string): CitingGroupView[] {
  const groups = new Map<CollectionName, CitingPlaceView[]>();
  for (const ref of backReferenceMap(model).get(sourceId) ?? []) {
    const entity = model.index.byId.get(ref.from);
    if (!entity) continue;
    const entry = linkToEntity(entity, base);
    const page = entityHref(ref.collection, ref.from, base);
    const place: CitingPlaceView = {
      entry,
      fields: ref.fields,
      anchors: ref.anchors.map((anchor, index) => ({ href: `${page}#${anchor}`, label: String(index + 1) })),
      mentioned: ref.mentioned,
    };
    groups.set(ref.collection, [...(groups.get(ref.collection) ?? []), place]);
  }
  return [...groups].map(([collection, places]) => ({
    collection,
    heading: collection === 'story' ? 'Home page' : COLLECTION_LABELS[collection].plural,
    places,
  }));
}

/** How many entries cite the source. */
export function citingCount(groups: readonly CitingGroupView[]): number {
  return groups.reduce((sum, group) => sum + group.places.length, 0);
}

export interface SourceFactsView {
  readonly id: string;
  readonly link: LinkProps;
  readonly title: string;
  readonly language: string;
  readonly publisher: string;
  readonly published?: string | undefined;
  readonly accessed: string;
  readonly kind: string;
  readonly primary: boolean;
  readonly url?: string | undefined;
  readonly medium: string;
  readonly archiveUrl?: string | undefined;
  readonly readVia: readonly { readonly url: string; readonly label: string }[];
  readonly note?: string | undefined;
}

export function sourceFacts(source: SiteEntity<'sources'>, base: string): SourceFactsView {
  const data = source.data;
  return {
    id: source.id,
    link: linkToEntity(source, base),
    title: data.title,
    language: data.language,
    publisher: data.publisher,
    published: data.published,
    accessed: data.accessed,
    kind: SOURCE_KIND_LABELS[data.kind],
    primary: data.primary,
    url: data.url,
    medium: data.medium,
    archiveUrl: data.archiveUrl,
    readVia: data.readVia.map((copy) => ({ url: copy.url, label: copy.publisher ?? new URL(copy.url).hostname })),
    note: data.note,
  };
}

/**
 * The bibliography: primary sources first, then the rest; within each, one group per kind in the
 * schema's order (official, parliament, court, regulator, press, vendor, reference), each kept in
 * the index's order (by title).
 */
export function bibliographyGroups(model: SiteModel, base: string) {
  const sources = model.index.byCollection.sources;
  const kinds = Object.keys(SOURCE_KIND_LABELS) as (keyof typeof SOURCE_KIND_LABELS)[];
  const group = (primary: boolean) =>
    kinds
      .map((kind) => ({
        kind,
        heading: SOURCE_KIND_LABELS[kind],
        items: sources
          .filter((source) => source.data.primary === primary && source.data.kind === kind)
          .map((source) => ({ facts: sourceFacts(source, base), citing: citingPlacesOf(model, source.id, base) })),
      }))
      .filter((kind) => kind.items.length > 0);
  return [
    {
      id: 'primary',
      heading: 'Primary sources',
      intro: 'The original records: government releases, Hansard, notices, court and regulator documents.',
      kinds: group(true),
    },
    {
      id: 'secondary',
      heading: 'Reporting and analysis',
      intro: 'Reporting about those records, and copies of them.',
      kinds: group(false),
    },
  ]
    .map((g) => ({ ...g, count: g.kinds.reduce((sum, kind) => sum + kind.items.length, 0) }))
    .filter((g) => g.count > 0);
}

type BibliographyGroup = ReturnType<typeof bibliographyGroups>[number];

/** One page of the bibliography: the groups with only this page's sources, and its navigation. */
export interface BibliographyPage {
  readonly number: number;
  readonly groups: readonly BibliographyGroup[];
  readonly pager: PagerView | undefined;
}

const bibliographies = new WeakMap<SiteModel, BibliographyPage[]>();

/**
 * The bibliography split into pages of at most LIST_PAGE_SIZES.sources sources, in the same order
 * and grouping; built once per build and shared by every page of the list. The real story's fits
 * on one page.
 */
export function bibliographyPages(model: SiteModel, base: string): BibliographyPage[] {
  const known = bibliographies.get(model);
  if (known) return known;
  const groups = bibliographyGroups(model, base);
  const flat = groups.flatMap((group) =>
    group.kinds.flatMap((kind) => kind.items.map((item) => ({ group, kind, item }))),
  );
  const slices = splitIntoPages(flat, LIST_PAGE_SIZES.sources);
  const listHref = collectionHref('sources', base);
  const pages = slices.map((slice, i): BibliographyPage => {
    const regrouped = groups
      .map((group) => {
        const kinds = group.kinds
          .map((kind) => ({ ...kind, items: slice.filter((s) => s.kind === kind).map((s) => s.item) }))
          .filter((kind) => kind.items.length > 0);
        return { ...group, kinds, count: kinds.reduce((sum, kind) => sum + kind.items.length, 0) };
      })
      .filter((group) => group.count > 0);
    return { number: i + 1, groups: regrouped, pager: pagerView(listHref, slices.length, i + 1) };
  });
  bibliographies.set(model, pages);
  return pages;
}

const sharedTitles = new WeakMap<SiteModel, ReadonlySet<string>>();

/**
 * The page title of a source: its own title, with the publisher added when another page would
 * have the same title (a copy of a release, or a reference article named like an actor), so
 * every page title stays unique.
 */
export function sourcePageTitle(model: SiteModel, source: SiteEntity<'sources'>): string {
  let shared = sharedTitles.get(model);
  if (!shared) {
    const seen = new Set<string>();
    const repeated = new Set<string>();
    for (const other of model.index.byCollection.sources) {
      if (seen.has(other.data.title)) repeated.add(other.data.title);
      seen.add(other.data.title);
    }
    // Other entries' pages are titled by their display title.
    for (const other of model.index.all) {
      if (other.collection !== 'sources' && seen.has(displayTitle(other))) repeated.add(displayTitle(other));
    }
    shared = repeated;
    sharedTitles.set(model, shared);
  }
  return shared.has(source.data.title) ? `${source.data.title} (${source.data.publisher})` : source.data.title;
}
