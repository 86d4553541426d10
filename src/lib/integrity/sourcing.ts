/**
 * Rules `missing-source`, `unused-source` and `uncited-paragraph`: every entry and every claim
 * inside it (an alias, a title, an affiliation, a key point…) rests on at least one source;
 * every source is cited by something; every body paragraph cites a source.
 */
import { singular } from '../../schemas/entity-ref.ts';
import { diagnostic, START_OF_FILE, type Diagnostic } from '../diagnostics.ts';
import { formatPath } from '../schema-walk.ts';
import type { Entity } from '../content/load-entry.ts';
import type { IntegrityRule } from './check-context.ts';

/** Paths of nested objects that have a `sources` list, and that list. */
function* claims(
  value: unknown,
  path: (string | number)[] = [],
): Generator<{ path: (string | number)[]; sources: unknown[] }> {
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) yield* claims(item, [...path, index]);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  const record = value as Record<string, unknown>;
  if (path.length > 0 && Array.isArray(record['sources'])) yield { path, sources: record['sources'] };
  for (const [key, child] of Object.entries(record)) {
    if (key !== 'sources') yield* claims(child, [...path, key]);
  }
}

function entityProblems(entity: Entity): Diagnostic[] {
  const problems: Diagnostic[] = [];
  const data = entity.data as { sources?: unknown[] };
  if (entity.collection === 'quotes' && Array.isArray(data.sources) && data.sources.length === 0) {
    // A quote's page lists its sources; a body :cite alone would leave that list empty.
    problems.push(
      diagnostic(
        entity.file,
        entity.locate(['sources']),
        'missing-source',
        'this quote lists no source of its own: add sources: [<source id>] to the frontmatter, naming where the words are printed (a :cite in the body is not enough)',
      ),
    );
  } else if (Array.isArray(data.sources) && data.sources.length === 0 && entity.facts.citations.length === 0) {
    problems.push(
      diagnostic(
        entity.file,
        entity.locate(['sources']),
        'missing-source',
        `this ${singular(entity.collection)} cites no source: list at least one source id under sources:, e.g. sources: [fcdo], or cite one in the body with :cite[id]`,
      ),
    );
  }
  for (const claim of claims(entity.data)) {
    if (claim.sources.length > 0) continue;
    problems.push(
      diagnostic(
        entity.file,
        entity.locate(claim.path),
        'missing-source',
        `${formatPath(claim.path)}: this claim has no source; add sources: [<source id>] to it`,
      ),
    );
  }
  for (const position of entity.facts.uncitedParagraphs) {
    problems.push(
      diagnostic(
        entity.file,
        position,
        'uncited-paragraph',
        'this paragraph cites no source; add :cite[<source id>] after the claim it supports',
      ),
    );
  }
  return problems;
}

export const checkSourcing: IntegrityRule = ({ files, index }) => {
  const problems = index.all.filter((entity) => entity.collection !== 'sources').flatMap(entityProblems);
  // Sources are evidence, not claims: only their bodies' paragraphs are checked above. Here we
  // look for sources nothing cites.
  const cited = new Set<string>();
  for (const file of files) {
    if (file.collection === 'sources') continue;
    for (const reference of file.references) cited.add(reference.id);
  }
  for (const source of index.byCollection.sources) {
    if (!cited.has(source.id)) {
      problems.push(
        diagnostic(
          source.file,
          START_OF_FILE,
          'unused-source',
          `source "${source.id}" is not cited by any entry; cite it (sources: [${source.id}] or :cite[${source.id}]) or delete the file`,
        ),
      );
    }
  }
  return problems;
};
