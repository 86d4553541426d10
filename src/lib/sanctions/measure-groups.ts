/**
 * The measures that are not in the comparison grid, grouped by kind, and guidance apart: guidance
 * is advice to the public, not a measure against anyone, so it never sits among the measures.
 */
import type { ContentIndex, IndexableEntity } from '../content-index.ts';
import { MEASURE_KINDS } from '../../schemas/sanction.ts';
import type { ComparisonGrid } from './comparison-grid.ts';

export type MeasureKind = (typeof MEASURE_KINDS)[number];

export interface MeasureGroup {
  readonly kind: MeasureKind;
  /** Measure ids in the index's reading order (by date, then id). */
  readonly measures: readonly string[];
}

export interface MeasureGroups {
  /** Measures against someone, by kind in the schema's order; empty kinds left out. */
  readonly groups: readonly MeasureGroup[];
  /** Guidance and other advice with no target. */
  readonly guidance: readonly string[];
}

/** Group every measure the grid does not already show. */
export function groupOtherMeasures(index: ContentIndex<IndexableEntity>, grid: ComparisonGrid): MeasureGroups {
  const inGrid = new Set(grid.rows.flatMap((row) => row.cells.flat().map((cell) => cell.measure)));
  const rest = (index.byCollection.sanctions as readonly IndexableEntity<'sanctions'>[]).filter(
    (measure) => !inGrid.has(measure.id),
  );
  const guidance = rest.filter((measure) => measure.data.kind === 'guidance').map((measure) => measure.id);
  const groups = MEASURE_KINDS.filter((kind) => kind !== 'guidance')
    .map((kind) => ({
      kind,
      measures: rest.filter((measure) => measure.data.kind === kind).map((measure) => measure.id),
    }))
    .filter((group) => group.measures.length > 0);
  return { groups, guidance };
}
