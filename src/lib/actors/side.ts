/**
 * Which side a speaker speaks for, for the quotes filter: the state it belongs to.
 *
 * The side is the speaker's own `country`; a speaker without one takes the country of the first
 * actor it is affiliated with that has one (a spokesperson takes its ministry's; a campaigner its
 * alliance's), following outgoing affiliations only, breadth first, up to three steps, so the
 * answer never depends on who points at the speaker. A speaker that reaches no state is
 * "international": on this site that is the Inter-Parliamentary Alliance and its people.
 */
import type { ContentIndex, IndexableEntity } from '../content-index.ts';

/** The id of a state actor, or this when no state is reachable. */
export const NO_STATE_SIDE = 'international';

const MAX_STEPS = 3;

export function sideOf<E extends IndexableEntity>(index: ContentIndex<E>, actorId: string): string {
  let frontier = [actorId];
  const seen = new Set(frontier);
  for (let step = 0; step <= MAX_STEPS && frontier.length > 0; step++) {
    const next: string[] = [];
    for (const id of frontier) {
      const actor = index.byId.get(id);
      if (actor?.collection !== 'actors') continue;
      if (actor.data.country) return actor.data.country;
      for (const affiliation of actor.data.affiliations) {
        if (!seen.has(affiliation.actor)) {
          seen.add(affiliation.actor);
          next.push(affiliation.actor);
        }
      }
    }
    frontier = next;
  }
  return NO_STATE_SIDE;
}
