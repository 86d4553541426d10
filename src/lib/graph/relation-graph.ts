/**
 * The relationship graph: actors as nodes, and the relations the content states between them as
 * edges. Everything is derived from the content index; nothing here is typed twice.
 *
 * Edge kinds, each read "<from> <kind> <to>":
 * - affiliation: an actor's own `affiliations` (apt31 directed-by hubei-ssd).
 * - designated / charged: a designation or an indictment, from its authority to each target.
 * - attributed: a timeline event whose date means "attributed", from each attributing state or
 *   government body in it to each threat group in it. Only threat groups that the event names can
 *   receive the edge, so an event that mentions a victim (the Electoral Commission) never links the
 *   victim to a group; the campaign is the related event that names the same group.
 * - quoted: a quote, from its speaker (and joint signatories) to each actor it is about.
 */
import type { ContentIndex, IndexableEntity } from '../content-index.ts';
import { displayTitle } from '../content-index.ts';
import type { AFFILIATION_RELATIONS } from '../../schemas/actor.ts';
import type { ActorKind, CollectionName } from '../../schemas/entity-ref.ts';

export const EDGE_KINDS = ['affiliation', 'designated', 'charged', 'attributed', 'quoted'] as const;
export type EdgeKind = (typeof EDGE_KINDS)[number];

/** Actor kinds that speak for a state when it attributes a campaign. */
const ATTRIBUTING_KINDS: ReadonlySet<ActorKind> = new Set(['state', 'government-body']);

/** An entry an edge rests on, to link from the table. */
export interface EntryRef {
  readonly collection: CollectionName;
  readonly id: string;
}

export interface GraphNode {
  /** The actor's id. */
  readonly id: string;
  readonly label: string;
  readonly kind: ActorKind;
}

export interface GraphEdge {
  /** Unique and stable: kind, relation, from and to. */
  readonly id: string;
  readonly kind: EdgeKind;
  readonly from: string;
  readonly to: string;
  /** For affiliations, the schema's relation (member-of, front-for …). */
  readonly relation?: (typeof AFFILIATION_RELATIONS)[number];
  /** For alleged affiliations, who alleges them (actor ids). */
  readonly allegedBy: readonly string[];
  /** For attributions, the campaigns (timeline events) attributed, when the content links one. */
  readonly campaigns: readonly string[];
  /** The entries the edge is derived from: the measures, events, quotes or the actor itself. */
  readonly evidence: readonly EntryRef[];
  /** Source ids cited for the relation itself (affiliations). */
  readonly sources: readonly string[];
}

export interface RelationGraph {
  /** Sorted by id. */
  readonly nodes: readonly GraphNode[];
  /** Sorted by id. */
  readonly edges: readonly GraphEdge[];
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] extends readonly (infer U)[] ? U[] : T[K] };

function byId<T extends { readonly id: string }>(a: T, b: T): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function pushUnique<T>(list: T[], items: readonly T[], same: (a: T, b: T) => boolean = Object.is): void {
  for (const item of items) if (!list.some((other) => same(other, item))) list.push(item);
}

const sameRef = (a: EntryRef, b: EntryRef) => a.id === b.id && a.collection === b.collection;

export function buildRelationGraph<E extends IndexableEntity>(index: ContentIndex<E>): RelationGraph {
  const edges = new Map<string, Mutable<GraphEdge>>();
  const actorKind = (id: string): ActorKind | undefined => {
    const entity = index.byId.get(id);
    return entity?.collection === 'actors' ? (entity as IndexableEntity<'actors'>).data.kind : undefined;
  };

  /** Add an edge, or merge its evidence into the same edge seen before. */
  const add = (edge: Omit<GraphEdge, 'id'>) => {
    if (edge.from === edge.to || !actorKind(edge.from) || !actorKind(edge.to)) return;
    const id = [edge.kind, edge.relation, edge.from, edge.to].filter(Boolean).join(':');
    const seen = edges.get(id);
    if (!seen) {
      edges.set(id, {
        ...edge,
        id,
        allegedBy: [...edge.allegedBy],
        campaigns: [...edge.campaigns],
        evidence: [...edge.evidence],
        sources: [...edge.sources],
      });
      return;
    }
    pushUnique(seen.allegedBy, edge.allegedBy);
    pushUnique(seen.campaigns, edge.campaigns);
    pushUnique(seen.evidence, edge.evidence, sameRef);
    pushUnique(seen.sources, edge.sources);
  };
  const none = { allegedBy: [], campaigns: [], sources: [] } as const;

  for (const actor of index.byCollection.actors as readonly IndexableEntity<'actors'>[]) {
    for (const affiliation of actor.data.affiliations) {
      add({
        kind: 'affiliation',
        relation: affiliation.relation,
        from: actor.id,
        to: affiliation.actor,
        allegedBy: affiliation.allegedBy,
        campaigns: [],
        evidence: [{ collection: 'actors', id: actor.id }],
        sources: affiliation.sources,
      });
    }
  }

  for (const measure of index.byCollection.sanctions as readonly IndexableEntity<'sanctions'>[]) {
    const kind =
      measure.data.kind === 'designation' ? 'designated' : measure.data.kind === 'indictment' ? 'charged' : undefined;
    if (!kind) continue;
    for (const target of measure.data.targets) {
      add({
        ...none,
        kind,
        from: measure.data.authority,
        to: target,
        evidence: [{ collection: 'sanctions', id: measure.id }],
      });
    }
  }

  for (const event of index.byCollection.timeline as readonly IndexableEntity<'timeline'>[]) {
    if (event.data.dateMeaning !== 'attributed') continue;
    const attributors = event.data.actors.filter((id) => ATTRIBUTING_KINDS.has(actorKind(id) as ActorKind));
    const groups = event.data.actors.filter((id) => actorKind(id) === 'threat-group');
    for (const group of groups) {
      // The campaign: a related event, not itself an attribution, that names this group.
      const campaigns = event.data.related.filter((id) => {
        const related = index.byId.get(id);
        if (related?.collection !== 'timeline') return false;
        const data = (related as IndexableEntity<'timeline'>).data;
        return data.dateMeaning !== 'attributed' && data.actors.includes(group);
      });
      for (const attributor of attributors) {
        add({
          ...none,
          kind: 'attributed',
          from: attributor,
          to: group,
          campaigns,
          evidence: [{ collection: 'timeline', id: event.id }],
        });
      }
    }
  }

  for (const quote of index.byCollection.quotes as readonly IndexableEntity<'quotes'>[]) {
    const speakers = [quote.data.speaker, ...quote.data.jointWith];
    for (const speaker of speakers) {
      for (const about of quote.data.about) {
        if (!actorKind(about)) continue;
        add({ ...none, kind: 'quoted', from: speaker, to: about, evidence: [{ collection: 'quotes', id: quote.id }] });
      }
    }
  }

  const sortedEdges = [...edges.values()].sort(byId);
  for (const edge of sortedEdges) {
    edge.evidence.sort(byId);
    edge.campaigns.sort();
  }
  const nodeIds = new Set(sortedEdges.flatMap((edge) => [edge.from, edge.to]));
  const nodes = [...nodeIds]
    .map((id) => {
      const actor = index.byId.get(id) as IndexableEntity<'actors'>;
      return { id, label: displayTitle(actor), kind: actor.data.kind };
    })
    .sort(byId);
  return { nodes, edges: sortedEdges };
}

/**
 * The part of the graph within `depth` steps of `centre`, ignoring direction: the focused view
 * (APT31's neighbourhood) when the whole graph is too much to read at once.
 */
export function neighbourhood(
  graph: RelationGraph,
  centre: string,
  depth: number,
  kinds?: readonly EdgeKind[],
): RelationGraph {
  const edges = kinds ? graph.edges.filter((edge) => kinds.includes(edge.kind)) : graph.edges;
  const reached = new Set([centre]);
  let frontier = [centre];
  for (let step = 0; step < depth; step++) {
    const next: string[] = [];
    for (const edge of edges) {
      for (const [a, b] of [
        [edge.from, edge.to],
        [edge.to, edge.from],
      ] as const) {
        if (frontier.includes(a) && !reached.has(b)) {
          reached.add(b);
          next.push(b);
        }
      }
    }
    frontier = next;
  }
  return {
    nodes: graph.nodes.filter((node) => reached.has(node.id)),
    edges: edges.filter((edge) => reached.has(edge.from) && reached.has(edge.to)),
  };
}
