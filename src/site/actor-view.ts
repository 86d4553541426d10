/**
 * What actor pages show, derived from the model: titles with dates, the alias crosswalk,
 * identifiers as labelled links, affiliations in both directions and grouped backlinks with dates.
 * The affiliation graph and the measures per actor are built once per model (memoised below), so
 * a page looks its actor up instead of scanning every entry.
 */
import type { AFFILIATION_RELATIONS, ActorData } from '../schemas/actor.ts';
import type { DateQualifier } from '../schemas/partial-date.ts';
import { ACTOR_KINDS, type ActorKind } from '../schemas/entity-ref.ts';
import { buildAffiliationGraph, type AffiliationGraph, type AffiliationLink } from '../lib/actors/affiliation-graph.ts';
import { buildActorMeasures, measuresOf, type ActorMeasures } from '../lib/actors/actor-measures.ts';
import { groupActorBacklinks, type BacklinkGroup, type BacklinkGroupKind } from '../lib/actors/backlink-groups.ts';
import { metaDescription, truncateAtWord } from '../lib/actors/truncate.ts';
import type { ActorTitle } from '../lib/actors/role-at.ts';
import { roleCaption } from '../lib/actors/role-caption.ts';
import { displayTitle } from '../lib/content-index.ts';
import { provenanceView, type ProvenanceView } from './provenance-view.ts';
import { collectionHref, entityHref } from '../lib/routes.ts';
import { LIST_PAGE_SIZES, pagerView, splitGrouped, type PagerView } from '../lib/pagination/list-pages.ts';
import { ACTOR_KIND_LABELS, MEASURE_KIND_LABELS, RELATION_LABELS } from './labels.ts';
import { COLLECTION_LABELS, linkTo, linksTo, sourceLinksOf, type LinkProps } from './view-helpers.ts';
import type { SiteEntity, SiteModel } from './site-model.ts';

type Relation = (typeof AFFILIATION_RELATIONS)[number];

/**
 * A relation read from its object's side: "<object> <phrase> <subject>" ("APT31 has member Zhao
 * Guangzong"). Keyed by the schema's list, so a new relation without words fails the type check.
 */
export const INVERSE_RELATION_LABELS: Record<Relation, string> = {
  'member-of': 'Has member',
  'part-of': 'Includes',
  'front-for': 'Has front company',
  'contractor-for': 'Has contractor',
  'directed-by': 'Directs',
  leads: 'Led by',
  'employed-by': 'Employs',
  'spokesperson-for': 'Has spokesperson',
  represents: 'Represented by',
  founded: 'Founded by',
  'allied-with': 'Allied with',
};

/** Words for a link as seen from the actor that holds it: "Member of" or "Has member". */
export function relationWords(link: Pick<AffiliationLink, 'relation' | 'direction'>): string {
  return link.direction === 'outgoing' ? RELATION_LABELS[link.relation] : INVERSE_RELATION_LABELS[link.relation];
}

interface Derived {
  readonly graph: AffiliationGraph;
  readonly measures: ReadonlyMap<string, ActorMeasures<SiteEntity>>;
}

const derivedByModel = new WeakMap<SiteModel, Derived>();

/** The affiliation graph and per-actor measures, built on first use and kept for the model's life. */
function derived(model: SiteModel): Derived {
  let known = derivedByModel.get(model);
  if (!known) {
    const graph = buildAffiliationGraph(model.index);
    known = { graph, measures: buildActorMeasures(model.index, graph) };
    derivedByModel.set(model, known);
  }
  return known;
}

/** A partial date ready for DateText. */
export interface DateView {
  readonly date: string;
  readonly qualifier?: DateQualifier | undefined;
  readonly timeZone?: string | undefined;
}

/** The date an entry is listed with: a measure's announcement, a quote's or event's date, a source's publication. */
export function dateOf(entity: SiteEntity): DateView | undefined {
  switch (entity.collection) {
    case 'sanctions': {
      const date = entity.data.announced ?? entity.data.listed;
      return date === undefined ? undefined : { date };
    }
    case 'quotes':
      return { date: entity.data.date, timeZone: entity.data.timeZone };
    case 'timeline':
      return { date: entity.data.date, qualifier: entity.data.qualifier, timeZone: entity.data.timeZone };
    case 'sources':
      return entity.data.published === undefined ? undefined : { date: entity.data.published };
    default:
      return undefined;
  }
}

/** Longest list label before it is shortened (at a word boundary) for quotes. */
const LABEL_LENGTH = 90;

/** A link whose label never cuts a word: quotes are shortened at a word boundary, with the speaker. */
export function listLink(model: SiteModel, entity: SiteEntity, base: string, withSpeaker = true): LinkProps {
  const href = entityHref(entity.collection, entity.id, base);
  if (entity.collection === 'quotes') {
    const words = `“${truncateAtWord(entity.data.text, LABEL_LENGTH)}”`;
    const speaker = model.index.byId.get(entity.data.speaker);
    if (!withSpeaker || !speaker) return { href, label: words };
    return { href, label: `${displayTitle(speaker)}: ${words}` };
  }
  return { href, label: displayTitle(entity) };
}

export interface TitleView {
  readonly title: string;
  readonly organisation?: LinkProps | undefined;
  readonly from?: string | undefined;
  readonly to?: string | undefined;
  readonly asOf?: string | undefined;
  readonly note?: string | undefined;
  readonly sources: readonly LinkProps[];
  /** Set when the title is only reported or unconfirmed. */
  readonly provenance?: ProvenanceView | undefined;
}

export function titleViews(model: SiteModel, data: ActorData, base: string): TitleView[] {
  return data.titles.map((title) => ({
    title: title.title,
    organisation: title.organisation ? linkTo(model, title.organisation, base) : undefined,
    from: title.from,
    to: title.to,
    asOf: title.asOf,
    note: title.note,
    sources: sourceLinksOf(model, title.sources, base),
    provenance: provenanceView(model, data, 'titles', title.title, base),
  }));
}

/** A title as a quote caption says it (see `roleCaption`): "Director, FBI", "Foreign Secretary". */
export function roleText(model: SiteModel, title: ActorTitle): string {
  const organisation = title.organisation ? model.index.byId.get(title.organisation) : undefined;
  const names =
    organisation?.collection === 'actors'
      ? [organisation.data.name, ...organisation.data.aliases.map((alias) => alias.name)]
      : [];
  return roleCaption(title, names);
}

export interface AliasView {
  readonly name: string;
  readonly coinedBy?: LinkProps | undefined;
  readonly former: boolean;
  readonly note?: string | undefined;
  readonly sources: readonly LinkProps[];
  /** Set when the name is only reported or unconfirmed for this actor. */
  readonly provenance?: ProvenanceView | undefined;
}

export function aliasViews(model: SiteModel, data: ActorData, base: string): AliasView[] {
  return data.aliases.map((alias) => ({
    name: alias.name,
    coinedBy: alias.coinedBy ? linkTo(model, alias.coinedBy, base) : undefined,
    former: alias.status === 'former',
    note: alias.note,
    sources: sourceLinksOf(model, alias.sources, base),
    provenance: provenanceView(model, data, 'aliases', alias.name, base),
  }));
}

type ExternalId = ActorData['externalIds'][number];

/**
 * Each register's reader-facing name, how it prints the identifier, and the page for it where the
 * URL pattern is documented and stable. The UK lists and OFAC's search have no per-entry URL that
 * we can be sure of, so they are shown as text with the register's name.
 */
const REGISTERS: Record<ExternalId['scheme'], { label: (value: string) => string; url?: (value: string) => string }> = {
  'mitre-attack': {
    label: (value) => `MITRE ATT&CK ${value}`,
    url: (value) => `https://attack.mitre.org/groups/${value}/`,
  },
  wikidata: { label: (value) => `Wikidata ${value}`, url: (value) => `https://www.wikidata.org/wiki/${value}` },
  'uk-sanctions-list': { label: (value) => `UK Sanctions List, reference ${value}` },
  'ofsi-group-id': { label: (value) => `OFSI Consolidated List, Group ID ${value}` },
  'ofac-sdn': { label: (value) => `OFAC SDN List, entry ${value}` },
};

export interface IdentifierView {
  readonly label: string;
  readonly url?: string | undefined;
  readonly sources: readonly LinkProps[];
}

export function identifierViews(model: SiteModel, data: ActorData, base: string): IdentifierView[] {
  return data.externalIds.map((external) => {
    const register = REGISTERS[external.scheme];
    return {
      label: register.label(external.value),
      url: register.url?.(external.value),
      sources: sourceLinksOf(model, external.sources, base),
    };
  });
}

export interface AffiliationView {
  /** "Member of", "Has member" … */
  readonly relation: string;
  readonly other: LinkProps;
  readonly allegedBy: readonly LinkProps[];
  readonly note?: string | undefined;
  readonly sources: readonly LinkProps[];
  /** Set when the relation is only reported or unconfirmed (written on whichever actor holds it). */
  readonly provenance?: ProvenanceView | undefined;
}

/** The actor's affiliations: its own first, then those other entries write about it. */
export function affiliationViews(model: SiteModel, actorId: string, base: string): AffiliationView[] {
  const links = derived(model).graph.get(actorId) ?? [];
  const ordered = [
    ...links.filter((link) => link.direction === 'outgoing'),
    ...links.filter((link) => link.direction === 'incoming'),
  ];
  return ordered.map((link) => ({
    relation: relationWords(link),
    other: linkTo(model, link.other, base),
    allegedBy: linksTo(model, link.allegedBy, base),
    note: link.note,
    sources: sourceLinksOf(model, link.sources, base),
    provenance: affiliationProvenance(model, actorId, link, base),
  }));
}

/** The affiliation is written on the actor it goes out from; its provenance lives there too. */
function affiliationProvenance(model: SiteModel, actorId: string, link: AffiliationLink, base: string) {
  const [holder, value] = link.direction === 'outgoing' ? [actorId, link.other] : [link.other, actorId];
  const entity = model.index.byId.get(holder);
  return entity?.collection === 'actors' ? provenanceView(model, entity.data, 'affiliations', value, base) : undefined;
}

export interface BacklinkView {
  readonly link: LinkProps;
  readonly date?: DateView | undefined;
  /** A short kind word: "Sanctions designation", "Event" … */
  readonly kind?: string | undefined;
  /**
   * For measures against affiliated actors, the targets grouped by how they are linked:
   * "against Zhao Guangzong (member of APT31)".
   */
  readonly via?: readonly { readonly relation: string; readonly targets: readonly LinkProps[] }[] | undefined;
}

export interface BacklinkGroupView {
  readonly kind: BacklinkGroupKind;
  readonly heading: string;
  readonly items: readonly BacklinkView[];
}

function groupHeading(kind: BacklinkGroupKind, name: string): string {
  switch (kind) {
    case 'measures-against':
      return `Measures against ${name}`;
    case 'measures-affiliated':
      return `Measures against people and bodies linked to ${name}`;
    case 'measures-by':
      return `Measures taken by ${name}`;
    case 'cases-heard':
      return `Cases before ${name}`;
    case 'quotes-by':
      return `Quotes by ${name}`;
    case 'quotes-about':
      return `Quotes that mention ${name}`;
    case 'events':
      return `Events involving ${name}`;
    case 'mentions':
      return `Other entries that mention ${name}`;
  }
}

function kindWord(entity: SiteEntity): string | undefined {
  if (entity.collection === 'sanctions') return MEASURE_KIND_LABELS[entity.data.kind];
  if (entity.collection === 'actors') return ACTOR_KIND_LABELS[entity.data.kind].singular;
  return entity.collection === 'quotes' || entity.collection === 'timeline'
    ? undefined
    : COLLECTION_LABELS[entity.collection].singular;
}

/** Targets reached by affiliation, grouped by the words that link them to the page's actor. */
function viaGroups(
  model: SiteModel,
  actor: SiteEntity<'actors'>,
  via: NonNullable<BacklinkGroup<SiteEntity>['items'][number]['affiliated']>,
  base: string,
): { relation: string; targets: LinkProps[] }[] {
  const groups = new Map<string, LinkProps[]>();
  for (const { target, link } of via) {
    // The link is seen from the page's actor; the target's relation to it is the other way round.
    const flipped = {
      ...link,
      direction: link.direction === 'outgoing' ? ('incoming' as const) : ('outgoing' as const),
    };
    const relation = `${relationWords(flipped).toLowerCase()} ${actor.data.name}`;
    groups.set(relation, [...(groups.get(relation) ?? []), linkTo(model, target, base)]);
  }
  return [...groups].map(([relation, targets]) => ({ relation, targets }));
}

/** The actor's backlinks, grouped and dated, with the relation for measures reached by affiliation. */
export function backlinkGroupViews(model: SiteModel, actor: SiteEntity<'actors'>, base: string): BacklinkGroupView[] {
  const { graph, measures: allMeasures } = derived(model);
  const measures = measuresOf(allMeasures, actor.id);
  // Affiliated actors are listed under Affiliations; listing them again as mentions repeats it.
  const affiliated = new Set((graph.get(actor.id) ?? []).map((link) => link.other));
  const groups = groupActorBacklinks(model.index.backlinks.get(actor.id) ?? [], measures, affiliated);
  return groups.map((group) => ({
    kind: group.kind,
    heading: groupHeading(group.kind, actor.data.name),
    items: group.items.map((item) => ({
      // Under "Quotes by …" the speaker is the heading; do not repeat it on every line.
      link: listLink(model, item.entity, base, group.kind !== 'quotes-by'),
      date: dateOf(item.entity),
      kind: kindWord(item.entity),
      via: item.affiliated && viaGroups(model, actor, item.affiliated, base),
    })),
  }));
}

export interface ActorIndexGroup {
  readonly kind: ActorKind;
  readonly heading: string;
  readonly items: readonly { readonly href: string; readonly label: string; readonly detail: string }[];
}

/** The actors index: one group per kind in the schema's order, each actor with its role line. */
export function actorIndexGroups(model: SiteModel, base: string): ActorIndexGroup[] {
  const actors = model.index.byCollection.actors;
  return ACTOR_KINDS.map((kind) => ({
    kind,
    heading: ACTOR_KIND_LABELS[kind].plural,
    items: actors
      .filter((actor) => actor.data.kind === kind)
      .map((actor) => ({
        href: entityHref('actors', actor.id, base),
        label: actor.data.name,
        detail: actor.data.role,
      })),
  })).filter((group) => group.items.length > 0);
}

/** One page of the actors list: its groups with this page's actors, and its navigation. */
export interface ActorIndexPage {
  readonly number: number;
  readonly groups: readonly ActorIndexGroup[];
  readonly pager: PagerView | undefined;
}

/** The actors list in pages of at most LIST_PAGE_SIZES.actors; the real story's fits on one. */
export function actorIndexPages(model: SiteModel, base: string): ActorIndexPage[] {
  const pages = splitGrouped(actorIndexGroups(model, base), (group) => group.items, LIST_PAGE_SIZES.actors);
  const listHref = collectionHref('actors', base);
  return pages.map((parts, i) => ({
    number: i + 1,
    groups: parts.map(({ group, items }) => ({ ...group, items })),
    pager: pagerView(listHref, pages.length, i + 1),
  }));
}

/** A plain-sentence meta description for an actor page. */
export function actorDescription(data: ActorData): string {
  return metaDescription(`${data.name}: ${data.role}`, 200);
}
