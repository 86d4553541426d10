/**
 * Every affiliation between actors, seen from both ends. An entry writes a relation once, on one
 * side ("zhao-guangzong member-of apt31" lives in Zhao's file); APT31's page needs it too. The
 * graph is built once per build from the index, so no page scans all actors.
 */
import type { AFFILIATION_RELATIONS } from '../../schemas/actor.ts';
import type { ContentIndex, IndexableEntity } from '../content-index.ts';

export type AffiliationRelation = (typeof AFFILIATION_RELATIONS)[number];

/** One affiliation as seen from one of its two actors. */
export interface AffiliationLink {
  /** The actor at the other end. */
  readonly other: string;
  /** The relation as written: "<subject> <relation> <object>". */
  readonly relation: AffiliationRelation;
  /**
   * "outgoing" when this actor is the subject (its own file says "<this> member-of <other>"),
   * "incoming" when the other actor's file says "<other> member-of <this>".
   */
  readonly direction: 'outgoing' | 'incoming';
  readonly allegedBy: readonly string[];
  readonly note?: string | undefined;
  readonly sources: readonly string[];
}

/** For each actor id, its affiliations in both directions; actors without any are absent. */
export type AffiliationGraph = ReadonlyMap<string, readonly AffiliationLink[]>;

export function buildAffiliationGraph<E extends IndexableEntity>(index: ContentIndex<E>): AffiliationGraph {
  const graph = new Map<string, AffiliationLink[]>();
  const add = (id: string, link: AffiliationLink) => {
    const list = graph.get(id) ?? [];
    // The same pair may be written on both sides; keep the first.
    if (!list.some((known) => known.other === link.other && known.relation === link.relation)) list.push(link);
    graph.set(id, list);
  };
  for (const actor of index.byCollection.actors) {
    for (const affiliation of actor.data.affiliations) {
      if (affiliation.actor === actor.id) continue;
      const { relation, allegedBy, note, sources } = affiliation;
      const shared = { relation, allegedBy, note, sources };
      add(actor.id, { ...shared, other: affiliation.actor, direction: 'outgoing' });
      add(affiliation.actor, { ...shared, other: actor.id, direction: 'incoming' });
    }
  }
  return graph;
}
