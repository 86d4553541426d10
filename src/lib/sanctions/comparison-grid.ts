/**
 * The sanctions comparison grid: every target designated by more than one jurisdiction, with
 * one column per jurisdiction (the state of the designating authority) and, in each cell, the
 * facts of that designation, each carrying the sources that support it.
 *
 * Pure: it reads the index and returns ids and data; pages turn them into links and labels.
 */
import type { ContentIndex, IndexableEntity } from '../content-index.ts';
import type { SanctionData } from '../../schemas/sanction.ts';

/** A value and the source ids that support it. */
export interface Cited<T> {
  readonly value: T;
  readonly sources: readonly string[];
}

/** One designation of one target, as shown in one grid cell. */
export interface GridCell {
  /** The designation's id (its page). */
  readonly measure: string;
  readonly authority: Cited<string>;
  readonly basis?: Cited<NonNullable<SanctionData['basis']>>;
  /** This target's references on official lists, each with its own sources. */
  readonly listReferences: readonly Cited<{ readonly list: string; readonly reference: string }>[];
  readonly listed?: Cited<string>;
  readonly measures: Cited<SanctionData['measures']>;
  readonly statedReason?: Cited<string>;
  readonly status: Cited<{ readonly status: SanctionData['status']; readonly asOf?: string }>;
  /** The designation's own `sources`, which back every field that has no sources of its own. */
  readonly sources: readonly string[];
}

export interface GridRow {
  /** The target's actor id. */
  readonly target: string;
  /** One entry per column, in column order: the designations by that jurisdiction (usually one). */
  readonly cells: readonly (readonly GridCell[])[];
}

export interface ComparisonGrid {
  /** Jurisdiction ids (state actors), in column order. */
  readonly columns: readonly string[];
  readonly rows: readonly GridRow[];
}

type SanctionEntity = IndexableEntity<'sanctions'>;
type ActorEntity = IndexableEntity<'actors'>;

/**
 * The jurisdiction a measure belongs to: its authority's state, or the authority itself when it
 * is a state, or, failing both, the authority (so an unplaced authority gets its own column).
 */
export function jurisdictionOf(index: ContentIndex<IndexableEntity>, authority: string): string {
  const actor = index.byId.get(authority);
  if (actor?.collection !== 'actors') return authority;
  const data = (actor as ActorEntity).data;
  if (data.kind === 'state') return actor.id;
  return data.country ?? actor.id;
}

function cellOf(measure: SanctionEntity, target: string): GridCell {
  const data = measure.data;
  const sources = data.sources;
  const cited = <T>(value: T): Cited<T> => ({ value, sources });
  return {
    measure: measure.id,
    authority: cited(data.authority),
    ...(data.basis && { basis: cited(data.basis) }),
    listReferences: data.listReferences
      .filter((ref) => ref.target === target)
      .map((ref) => ({ value: { list: ref.list, reference: ref.reference }, sources: ref.sources })),
    ...(data.listed !== undefined && { listed: cited(data.listed) }),
    measures: cited(data.measures),
    ...(data.statedReason !== undefined && { statedReason: cited(data.statedReason) }),
    status: data.statusAsOf
      ? { value: { status: data.status, asOf: data.statusAsOf.date }, sources: data.statusAsOf.sources }
      : cited({ status: data.status }),
    sources,
  };
}

const collator = new Intl.Collator('en-GB', { sensitivity: 'base', numeric: true });

function nameOf(index: ContentIndex<IndexableEntity>, id: string): string {
  const entity = index.byId.get(id);
  if (entity?.collection === 'actors') return (entity as ActorEntity).data.name;
  return id;
}

/** Organisations before people, as sanctions lists put them; then by name, then by id. */
function compareTargets(index: ContentIndex<IndexableEntity>, a: string, b: string): number {
  const isPerson = (id: string) => {
    const entity = index.byId.get(id);
    return entity?.collection === 'actors' && (entity as ActorEntity).data.kind === 'person' ? 1 : 0;
  };
  return isPerson(a) - isPerson(b) || collator.compare(nameOf(index, a), nameOf(index, b)) || (a < b ? -1 : 1);
}

/** Build the grid from the index. Deterministic: it never depends on the order files were read. */
export function buildComparisonGrid(index: ContentIndex<IndexableEntity>): ComparisonGrid {
  const designations = (index.byCollection.sanctions as readonly SanctionEntity[]).filter(
    (measure) => measure.data.kind === 'designation',
  );
  // target -> jurisdiction -> designations, in the index's reading order
  const byTarget = new Map<string, Map<string, SanctionEntity[]>>();
  for (const measure of designations) {
    const jurisdiction = jurisdictionOf(index, measure.data.authority);
    for (const target of measure.data.targets) {
      const columns = byTarget.get(target) ?? new Map<string, SanctionEntity[]>();
      columns.set(jurisdiction, [...(columns.get(jurisdiction) ?? []), measure]);
      byTarget.set(target, columns);
    }
  }
  const compared = [...byTarget].filter(([, columns]) => columns.size > 1);
  const columns = [...new Set(compared.flatMap(([, byJurisdiction]) => [...byJurisdiction.keys()]))].sort(
    (a, b) => collator.compare(nameOf(index, a), nameOf(index, b)) || (a < b ? -1 : 1),
  );
  const rows = compared
    .map(([target]) => target)
    .sort((a, b) => compareTargets(index, a, b))
    .map((target) => {
      const byJurisdiction = byTarget.get(target)!;
      return {
        target,
        cells: columns.map((column) => (byJurisdiction.get(column) ?? []).map((measure) => cellOf(measure, target))),
      };
    });
  return { columns, rows };
}
