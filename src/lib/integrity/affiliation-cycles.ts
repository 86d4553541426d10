/**
 * Rule `affiliation-cycle`: an actor cannot be part of, a member of, a front for or directed by
 * itself, even through others (A part-of B, B part-of A). Such a loop is always a data error and
 * would send any "parent organisation" walk, such as the future graph view, round in circles.
 */
import type { AFFILIATION_RELATIONS } from '../../schemas/actor.ts';
import { diagnostic, type Diagnostic } from '../diagnostics.ts';
import type { Entity } from '../content/load-entry.ts';
import type { IntegrityRule } from './check-context.ts';

type Relation = (typeof AFFILIATION_RELATIONS)[number];

/** Relations that point "up" a hierarchy; a loop of them is a contradiction. */
const HIERARCHICAL: ReadonlySet<Relation> = new Set([
  'member-of',
  'part-of',
  'front-for',
  'contractor-for',
  'directed-by',
  'employed-by',
]);

interface Edge {
  readonly to: string;
  readonly relation: Relation;
  readonly index: number;
}

export const checkAffiliationCycles: IntegrityRule = ({ index }) => {
  const actors = index.byCollection.actors as readonly Entity<'actors'>[];
  const edges = new Map<string, Edge[]>();
  for (const actor of actors) {
    edges.set(
      actor.id,
      actor.data.affiliations
        .map((affiliation, i) => ({ to: affiliation.actor, relation: affiliation.relation, index: i }))
        .filter(
          (edge) =>
            HIERARCHICAL.has(edge.relation) && edge.to !== actor.id && index.byId.get(edge.to)?.collection === 'actors',
        ),
    );
  }

  // Depth-first search with colours; each loop is reported once, at its alphabetically first actor.
  const state = new Map<string, 'active' | 'done'>();
  const stack: { id: string; edge?: Edge }[] = [];
  const reported = new Set<string>();
  const problems: Diagnostic[] = [];

  const visit = (id: string): void => {
    state.set(id, 'active');
    for (const edge of edges.get(id) ?? []) {
      const status = state.get(edge.to);
      if (status === 'active') {
        const start = stack.findIndex((frame) => frame.id === edge.to);
        const loop = [...stack.slice(start + 1).map((frame) => frame.edge!), edge];
        const members = [edge.to, ...stack.slice(start + 1).map((frame) => frame.id)];
        const key = [...members].sort().join('>');
        if (!reported.has(key)) {
          reported.add(key);
          problems.push(report(members, loop, actors));
        }
      } else if (status === undefined) {
        stack.push({ id: edge.to, edge });
        visit(edge.to);
        stack.pop();
      }
    }
    state.set(id, 'done');
  };

  for (const actor of actors) {
    if (state.has(actor.id)) continue;
    stack.push({ id: actor.id });
    visit(actor.id);
    stack.pop();
  }
  return problems;
};

function report(members: string[], loop: Edge[], actors: readonly Entity<'actors'>[]): Diagnostic {
  // Describe the loop starting from its alphabetically first member, and report it there.
  const first = [...members].sort()[0]!;
  const offset = members.indexOf(first);
  const ordered = [...members.slice(offset), ...members.slice(0, offset)];
  const edges = [...loop.slice(offset), ...loop.slice(0, offset)];
  const chain = ordered.map((id, i) => `${id} ${edges[i]!.relation} ${ordered[(i + 1) % ordered.length]}`).join(', ');
  const actor = actors.find((candidate) => candidate.id === first)!;
  const path = ['affiliations', edges[0]!.index, 'actor'];
  return diagnostic(
    actor.file,
    actor.locate(path),
    'affiliation-cycle',
    `affiliations[${edges[0]!.index}].actor: these affiliations form a loop (${chain}); an actor cannot be above itself. Remove or correct one of them`,
  );
}
