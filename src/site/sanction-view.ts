/**
 * What the sanctions pages show, as plain props: the comparison grid and the other measures by
 * kind, both derived once per build from the model (src/lib/sanctions/), and the status line
 * every measure shows.
 */
import { buildComparisonGrid, type ComparisonGrid, type GridCell } from '../lib/sanctions/comparison-grid.ts';
import { groupOtherMeasures, type MeasureGroups, type MeasureKind } from '../lib/sanctions/measure-groups.ts';
import { formatPartialDate } from '../lib/partial-date.ts';
import { LIST_PAGE_SIZES, pagerView, splitIntoPages, type PagerView } from '../lib/pagination/list-pages.ts';
import { collectionHref } from '../lib/routes.ts';
import type { SanctionData } from '../schemas/sanction.ts';
import { provenanceLabel, provenanceOf } from '../lib/provenance.ts';
import { MEASURE_LABELS, MEASURE_STATUS_LABELS } from './labels.ts';
import type { SiteEntity, SiteModel } from './site-model.ts';
import { linkTo, linksTo, sourceLinksOf, type LinkProps } from './view-helpers.ts';

/** Group headings on /sanctions/, in the plural. */
export const MEASURE_KIND_PLURALS: Record<MeasureKind, string> = {
  designation: 'Other designations',
  indictment: 'Indictment',
  'reward-offer': 'Reward offer',
  'diplomatic-summons': 'Diplomatic summonses',
  'diplomatic-representation': 'Representations to envoys',
  'regulatory-action': 'Regulatory action',
  guidance: 'Related guidance',
};

/** Column accents: the theme has a token for each of the two states the grid compares. */
const ACCENTS: Record<string, 'uk' | 'us'> = { 'united-kingdom': 'uk', 'united-states': 'us' };

/** A measure's status and how old it is. */
export interface StatusView {
  readonly label: string;
  /** The date the status was last known to hold (partial ISO), if the content gives one. */
  readonly asOf?: string | undefined;
  /** "as of" for a known status; "not re-checked since" for unknown. */
  readonly asOfWording: string;
  readonly sources: readonly LinkProps[];
}

export function statusView(model: SiteModel, data: SanctionData, base: string): StatusView {
  return {
    label: MEASURE_STATUS_LABELS[data.status],
    asOf: data.statusAsOf?.date,
    asOfWording: data.status === 'unknown' ? 'not re-checked since' : 'as of',
    sources: sourceLinksOf(model, data.statusAsOf?.sources ?? [], base),
  };
}

/** The status in one line of text, e.g. for a meta description or a list: "Pending, as of 25 March 2024". */
export function statusText(status: StatusView): string {
  return status.asOf ? `${status.label}, ${status.asOfWording} ${formatPartialDate(status.asOf)}` : status.label;
}

export interface GridCellView {
  readonly measure: LinkProps;
  readonly authority: LinkProps;
  readonly basis?: { readonly name: string; readonly citation?: string | undefined; readonly url?: string | undefined };
  readonly listReferences: readonly {
    readonly list: string;
    readonly reference: string;
    readonly sources: readonly LinkProps[];
  }[];
  readonly listed?: string | undefined;
  readonly measures: string;
  readonly statedReason?: string | undefined;
  readonly status: StatusView;
  /** The designation's sources, which back every field of the cell that has none of its own. */
  readonly sources: readonly LinkProps[];
}

export interface GridView {
  readonly columns: readonly {
    readonly id: string;
    readonly label: string;
    readonly accent?: 'uk' | 'us' | undefined;
  }[];
  readonly rows: readonly {
    readonly id: string;
    readonly target: LinkProps;
    readonly nativeName?: { readonly text: string; readonly language: string } | undefined;
    readonly cells: readonly (readonly GridCellView[])[];
  }[];
}

function cellView(model: SiteModel, cell: GridCell, base: string): GridCellView {
  const measure = model.index.byId.get(cell.measure) as SiteEntity<'sanctions'>;
  return {
    measure: linkTo(model, cell.measure, base),
    authority: linkTo(model, cell.authority.value, base),
    ...(cell.basis && { basis: cell.basis.value }),
    listReferences: cell.listReferences.map((ref) => ({
      ...ref.value,
      sources: sourceLinksOf(model, ref.sources, base),
    })),
    listed: cell.listed?.value,
    measures: measureWords(measure.data),
    statedReason: cell.statedReason?.value,
    status: statusView(model, measure.data, base),
    sources: sourceLinksOf(model, cell.sources, base),
  };
}

interface SanctionsDerived {
  readonly grid: ComparisonGrid;
  readonly groups: MeasureGroups;
}

// Derived once per model, i.e. once per build: every page that needs it shares the result.
const derived = new WeakMap<SiteModel, SanctionsDerived>();

/**
 * Above these sizes, which the real story (2 jurisdictions, 3 targets) never reaches, the grid
 * keeps the most used jurisdictions and the first targets, and the designations left out are
 * listed with the other measures: a grid of every target by every jurisdiction grows with
 * targets × jurisdictions, far past the reader budget (issue 12).
 */
export const GRID_LIMITS = { columns: 4, rows: 10 } as const;

/** The grid cut to GRID_LIMITS; unchanged when it is within them. */
export function limitGrid(grid: ComparisonGrid): ComparisonGrid {
  if (grid.columns.length <= GRID_LIMITS.columns && grid.rows.length <= GRID_LIMITS.rows) return grid;
  const used = grid.columns.map((_, column) => grid.rows.filter((row) => row.cells[column]!.length > 0).length);
  const kept = grid.columns
    .map((_, column) => column)
    .sort((a, b) => used[b]! - used[a]! || a - b)
    .slice(0, GRID_LIMITS.columns)
    .sort((a, b) => a - b);
  const rows = grid.rows
    .map((row) => ({ ...row, cells: kept.map((column) => row.cells[column]!) }))
    // A row compares designations: it needs two jurisdictions left to compare.
    .filter((row) => row.cells.filter((cells) => cells.length > 0).length >= 2)
    .slice(0, GRID_LIMITS.rows);
  return { columns: kept.map((column) => grid.columns[column]!), rows };
}

function derive(model: SiteModel): SanctionsDerived {
  let result = derived.get(model);
  if (!result) {
    const grid = limitGrid(buildComparisonGrid(model.index));
    result = { grid, groups: groupOtherMeasures(model.index, grid) };
    derived.set(model, result);
  }
  return result;
}

export function gridView(model: SiteModel, base: string): GridView {
  const { grid } = derive(model);
  return {
    columns: grid.columns.map((id) => ({ id, label: linkTo(model, id, base).label, accent: ACCENTS[id] })),
    rows: grid.rows.map((row) => {
      const target = model.index.byId.get(row.target);
      const nativeName = target?.collection === 'actors' ? target.data.nativeName : undefined;
      return {
        id: row.target,
        target: linkTo(model, row.target, base),
        nativeName,
        cells: row.cells.map((cells) => cells.map((cell) => cellView(model, cell, base))),
      };
    }),
  };
}

export interface MeasureItemView {
  readonly link: LinkProps;
  readonly date?: string | undefined;
  readonly authority: LinkProps;
  readonly targets: readonly LinkProps[];
  /** "Defendants" for an indictment, otherwise "Target" or "Targets". */
  readonly targetsLabel: string;
  readonly measures: string;
  readonly status?: StatusView | undefined;
  readonly summary?: string | undefined;
  readonly sources: readonly LinkProps[];
}

/**
 * What a measure does, in words, each marked when it is only reported or unconfirmed:
 * "Asset freeze, Travel ban (reported)".
 */
export function measureWords(data: SanctionData): string {
  return data.measures
    .map((measure) => {
      const item = provenanceOf(data, 'measures', measure);
      return item ? `${MEASURE_LABELS[measure]} (${provenanceLabel(item.status)})` : MEASURE_LABELS[measure];
    })
    .join(', ');
}

function measureItem(model: SiteModel, id: string, base: string): MeasureItemView {
  const measure = model.index.byId.get(id) as SiteEntity<'sanctions'>;
  const data = measure.data;
  return {
    link: linkTo(model, id, base),
    date: data.announced ?? data.listed,
    authority: linkTo(model, data.authority, base),
    targets: linksTo(model, data.targets, base),
    targetsLabel: data.kind === 'indictment' ? 'Defendants' : data.targets.length === 1 ? 'Target' : 'Targets',
    measures: measureWords(data),
    status: showsStatus(data) ? statusView(model, data, base) : undefined,
    summary: data.statedReason,
    sources: sourceLinksOf(model, data.sources, base),
  };
}

/** Guidance targets no one, so "Unknown" status says nothing about it. */
export function showsStatus(data: SanctionData): boolean {
  return data.kind !== 'guidance' || data.status !== 'unknown';
}

export function otherMeasuresView(model: SiteModel, base: string) {
  const { groups } = derive(model);
  return {
    groups: groups.groups.map((group) => ({
      kind: group.kind,
      heading: MEASURE_KIND_PLURALS[group.kind],
      items: group.measures.map((id) => measureItem(model, id, base)),
    })),
    guidance: groups.guidance.map((id) => measureItem(model, id, base)),
  };
}

type OtherMeasures = ReturnType<typeof otherMeasuresView>;

/** One page of the measures list: its share of the other measures and guidance, and its navigation. */
export interface MeasuresPage extends OtherMeasures {
  readonly number: number;
  readonly pager: PagerView | undefined;
}

const measurePagesOf = new WeakMap<SiteModel, MeasuresPage[]>();

/**
 * The other measures and the guidance split into pages of at most LIST_PAGE_SIZES.sanctions, in
 * the same order and grouping; the comparison grid stays on the first page. Built once per build.
 */
export function measurePages(model: SiteModel, base: string): MeasuresPage[] {
  const known = measurePagesOf.get(model);
  if (known) return known;
  const other = otherMeasuresView(model, base);
  const flat = [
    ...other.groups.flatMap((group) => group.items.map((item) => ({ group, item }))),
    ...other.guidance.map((item) => ({ group: undefined, item })),
  ];
  const slices = splitIntoPages(flat, LIST_PAGE_SIZES.sanctions);
  const listHref = collectionHref('sanctions', base);
  const pages = slices.map((slice, i): MeasuresPage => ({
    number: i + 1,
    groups: other.groups
      .map((group) => ({ ...group, items: slice.filter((s) => s.group === group).map((s) => s.item) }))
      .filter((group) => group.items.length > 0),
    guidance: slice.filter((s) => s.group === undefined).map((s) => s.item),
    pager: pagerView(listHref, slices.length, i + 1),
  }));
  measurePagesOf.set(model, pages);
  return pages;
}

const gridRowsOf = new WeakMap<SiteModel, ReadonlyMap<string, ComparisonGrid['rows'][number]>>();

/** The grid row of each designation in it, indexed once per build rather than searched per page. */
function gridRowOf(model: SiteModel, measureId: string) {
  let rows = gridRowsOf.get(model);
  if (!rows) {
    const { grid } = derive(model);
    const map = new Map<string, ComparisonGrid['rows'][number]>();
    for (const row of grid.rows) for (const cells of row.cells) for (const cell of cells) map.set(cell.measure, row);
    gridRowsOf.set(model, (rows = map));
  }
  return rows.get(measureId);
}

/** A link to this designation's row in the comparison grid on /sanctions/, if it has one. */
export function gridLinkFor(model: SiteModel, measureId: string, base: string): LinkProps | undefined {
  const { grid } = derive(model);
  const row = gridRowOf(model, measureId);
  if (!row) return undefined;
  const others = grid.columns.filter((_, index) => !row.cells[index]?.some((cell) => cell.measure === measureId));
  const names = others.map((id) => linkTo(model, id, base).label).join(' and ');
  return {
    href: `${collectionHref('sanctions', base)}#grid-${row.target}`,
    label: `Compare side by side with the ${names} designation`,
  };
}
