/**
 * The measures that concern an actor: those aimed at it, and those aimed at the people and
 * companies affiliated with it (one hop in the affiliation graph, either direction), each with the
 * relation that links the target to the actor. Built once per build for every actor.
 */
import type { ContentIndex, IndexableEntity } from '../content-index.ts';
import type { AffiliationGraph, AffiliationLink } from './affiliation-graph.ts';

/** A measure entry of whatever entity type the index holds. */
type MeasureOf<E extends IndexableEntity> = Extract<E, { readonly collection: 'sanctions' }>;

/** A target of a measure and how it is linked to the actor whose page lists it. */
export interface AffiliatedTarget {
  /** The measure's target. */
  readonly target: string;
  /** The affiliation seen from the page's actor (other = the target). */
  readonly link: AffiliationLink;
}

export interface AffiliatedMeasure<E extends IndexableEntity = IndexableEntity> {
  readonly measure: MeasureOf<E>;
  /** The targets of the measure affiliated with the actor, in the measure's order. */
  readonly via: readonly AffiliatedTarget[];
}

export interface ActorMeasures<E extends IndexableEntity = IndexableEntity> {
  /** Measures whose targets include the actor, in reading order. */
  readonly against: readonly MeasureOf<E>[];
  /** Measures against affiliated actors but not the actor itself, in reading order. */
  readonly affiliated: readonly AffiliatedMeasure<E>[];
}

/** For every actor id with any measure, what `ActorMeasures` says; look up others with `measuresOf`. */
export function buildActorMeasures<E extends IndexableEntity>(
  index: ContentIndex<E>,
  graph: AffiliationGraph,
): ReadonlyMap<string, ActorMeasures<E>> {
  const against = new Map<string, MeasureOf<E>[]>();
  const affiliated = new Map<string, AffiliatedMeasure<E>[]>();
  // index.byCollection.sanctions is already in reading order, so each list comes out sorted.
  for (const measure of index.byCollection.sanctions) {
    const targets = new Set(measure.data.targets);
    const viaByActor = new Map<string, AffiliatedTarget[]>();
    for (const target of measure.data.targets) {
      against.set(target, [...(against.get(target) ?? []), measure]);
      for (const link of graph.get(target) ?? []) {
        // link is seen from the target; flip it to be seen from the actor at its other end.
        const actor = link.other;
        if (targets.has(actor)) continue;
        const seenFromActor: AffiliationLink = {
          ...link,
          other: target,
          direction: link.direction === 'outgoing' ? 'incoming' : 'outgoing',
        };
        const via = viaByActor.get(actor) ?? [];
        if (!via.some((known) => known.target === target)) via.push({ target, link: seenFromActor });
        viaByActor.set(actor, via);
      }
    }
    for (const [actor, via] of viaByActor) {
      affiliated.set(actor, [...(affiliated.get(actor) ?? []), { measure, via }]);
    }
  }
  const result = new Map<string, ActorMeasures<E>>();
  for (const id of new Set([...against.keys(), ...affiliated.keys()])) {
    result.set(id, { against: against.get(id) ?? [], affiliated: affiliated.get(id) ?? [] });
  }
  return result;
}

export function measuresOf<E extends IndexableEntity>(
  measures: ReadonlyMap<string, ActorMeasures<E>>,
  actorId: string,
): ActorMeasures<E> {
  return measures.get(actorId) ?? { against: [], affiliated: [] };
}
