/**
 * Rules that hold structured claims to the evidence behind them:
 * - `provenance-target`: a provenance item names a field this entry has and a value in it;
 * - `reported-with-primary`: a value marked reported cites no primary source (that would make it
 *   confirmed, so the mark would understate it);
 * - `confirmed-without-primary`: a state-of-knowledge item marked confirmed cites at least one
 *   primary source, as the schema defines "confirmed";
 * - `weak-sources-only`: a claim whose every source is flagged low or unreliable (a warning: the
 *   claim may be true, but an editor must find a better source or hedge it). A claim already
 *   marked unconfirmed in provenance is hedged, so it is not flagged.
 */
import { singular } from '../../schemas/entity-ref.ts';
import type { ProvenanceItem } from '../../schemas/provenance.ts';
import type { SourceData } from '../../schemas/source.ts';
import { diagnostic, type Diagnostic } from '../diagnostics.ts';
import type { Entity } from '../content/load-entry.ts';
import type { ContentIndex } from '../content-index.ts';
import { provenanceValues } from '../provenance.ts';
import { formatPath } from '../schema-walk.ts';
import { didYouMean } from '../suggest.ts';
import type { IntegrityRule } from './check-context.ts';

/** Fields that hold bookkeeping, not claims a provenance item could qualify. */
const NOT_CLAIMS = new Set(['provenance', 'sources', 'updates']);

function sourceData(index: ContentIndex<Entity>, id: string): SourceData | undefined {
  const entity = index.byId.get(id);
  return entity?.collection === 'sources' ? (entity.data as SourceData) : undefined;
}

function targetProblems(entity: Entity, items: readonly ProvenanceItem[]): Diagnostic[] {
  const problems: Diagnostic[] = [];
  const data = entity.data as Record<string, unknown>;
  const fields = Object.keys(data).filter((key) => !NOT_CLAIMS.has(key));
  const noun = singular(entity.collection);
  for (const [position, item] of items.entries()) {
    const path = ['provenance', position];
    if (!fields.includes(item.field)) {
      problems.push(
        diagnostic(
          entity.file,
          entity.locate([...path, 'field']),
          'provenance-target',
          `${formatPath([...path, 'field'])}: this ${noun} has no field "${item.field}" with a value to qualify.${didYouMean(item.field, fields)}`,
        ),
      );
      continue;
    }
    const values = provenanceValues(data[item.field]);
    if (!values.includes(item.value)) {
      const present = values.length > 0 ? values.map((value) => `"${value}"`).join(', ') : 'nothing';
      problems.push(
        diagnostic(
          entity.file,
          entity.locate([...path, 'value']),
          'provenance-target',
          `${formatPath([...path, 'value'])}: "${item.value}" is not in this ${noun}'s ${item.field} (it holds ${present}).${didYouMean(item.value, values)}`,
        ),
      );
    }
  }
  return problems;
}

function reportedProblems(entity: Entity, items: readonly ProvenanceItem[], index: ContentIndex<Entity>): Diagnostic[] {
  const problems: Diagnostic[] = [];
  for (const [position, item] of items.entries()) {
    if (item.status !== 'reported') continue;
    const primary = item.sources.filter((id) => sourceData(index, id)?.primary === true);
    if (primary.length === 0) continue;
    problems.push(
      diagnostic(
        entity.file,
        entity.locate(['provenance', position, 'status']),
        'reported-with-primary',
        `${formatPath(['provenance', position])}: "${item.value}" is marked reported but rests on the primary source ${primary.map((id) => `"${id}"`).join(', ')}; if that source says it, delete this item (the value is confirmed), or cite only the secondary sources`,
      ),
    );
  }
  return problems;
}

interface KnowledgeItem {
  readonly status: string;
  readonly sources: readonly string[];
}

function confirmedProblems(entity: Entity, index: ContentIndex<Entity>): Diagnostic[] {
  if (entity.collection !== 'story') return [];
  const items = (entity.data as { stateOfKnowledge?: readonly KnowledgeItem[] }).stateOfKnowledge ?? [];
  const problems: Diagnostic[] = [];
  for (const [position, item] of items.entries()) {
    if (item.status !== 'confirmed' || item.sources.length === 0) continue;
    // A source that failed its own schema or does not exist is reported elsewhere; judge only
    // when every source is known.
    const known = item.sources.map((id) => sourceData(index, id));
    if (known.some((source) => source === undefined || source.primary)) continue;
    problems.push(
      diagnostic(
        entity.file,
        entity.locate(['stateOfKnowledge', position, 'status']),
        'confirmed-without-primary',
        `${formatPath(['stateOfKnowledge', position])}: confirmed means established by a primary source, but every source here is secondary; cite a primary source or set status: alleged (or unknown)`,
      ),
    );
  }
  return problems;
}

/** Every sources list in the entry, at its path: the entry's own, then each nested claim's. */
function* sourceLists(
  value: unknown,
  path: (string | number)[] = [],
): Generator<{ path: (string | number)[]; sources: string[] }> {
  if (Array.isArray(value)) {
    for (const [position, item] of value.entries()) yield* sourceLists(item, [...path, position]);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  const record = value as Record<string, unknown>;
  const sources = record['sources'];
  if (Array.isArray(sources)) yield { path, sources: sources.filter((id): id is string => typeof id === 'string') };
  for (const [key, child] of Object.entries(record)) {
    if (key !== 'sources' && key !== 'updates') yield* sourceLists(child, [...path, key]);
  }
}

/** A claim already marked unconfirmed says as much as weak sources allow: nothing to flag. */
function markedUnconfirmed(
  data: Record<string, unknown>,
  items: readonly ProvenanceItem[],
  path: readonly (string | number)[],
): boolean {
  // The entry as a whole: acknowledged by marking one of its own text fields (an actor's role,
  // an event's title, a quote's text) unconfirmed, since those state what the entry claims.
  if (path.length === 0) {
    return items.some((item) => item.status === 'unconfirmed' && data[item.field] === item.value);
  }
  const [field, position] = path;
  if (typeof field !== 'string' || typeof position !== 'number' || path.length !== 2) return false;
  if (field === 'provenance') return items[position]?.status === 'unconfirmed';
  const value = provenanceValues([(data[field] as unknown[] | undefined)?.[position]])[0];
  return items.some((item) => item.field === field && item.value === value && item.status === 'unconfirmed');
}

function weakProblems(entity: Entity, items: readonly ProvenanceItem[], index: ContentIndex<Entity>): Diagnostic[] {
  const problems: Diagnostic[] = [];
  const data = entity.data as Record<string, unknown>;
  for (const list of sourceLists(entity.data)) {
    if (markedUnconfirmed(data, items, list.path)) continue;
    // The entry as a whole also rests on its body citations.
    const ids = list.path.length === 0 ? [...new Set([...list.sources, ...entity.facts.citations])] : list.sources;
    if (ids.length === 0) continue;
    const flags = ids.map((id) => sourceData(index, id)?.reliability);
    if (flags.some((flag) => flag === undefined)) continue;
    const whole = list.path.length === 0;
    const where = whole ? `this ${singular(entity.collection)}` : formatPath(list.path);
    const fix = whole
      ? 'cite a better source, or mark its main text field unconfirmed in provenance: (e.g. field: role)'
      : 'add a better source, or mark the value unconfirmed in provenance:';
    problems.push(
      diagnostic(
        entity.file,
        entity.locate([...list.path, 'sources']),
        'weak-sources-only',
        `${where} rests only on sources flagged low or unreliable (${ids.map((id) => `"${id}"`).join(', ')}); ${fix}`,
      ),
    );
  }
  return problems;
}

export const checkProvenance: IntegrityRule = ({ index }) =>
  index.all
    .filter((entity) => entity.collection !== 'sources')
    .flatMap((entity) => {
      const items = (entity.data as { provenance?: readonly ProvenanceItem[] }).provenance ?? [];
      return [
        ...targetProblems(entity, items),
        ...reportedProblems(entity, items, index),
        ...confirmedProblems(entity, index),
        ...weakProblems(entity, items, index),
      ];
    });
