/**
 * What the /graph/ page shows, computed once per build from the site model: the relation graph,
 * its laid-out drawings (the whole graph and APT31's neighbourhood) and the rows of the table
 * that says the same in words.
 */
import { layoutGraph, type GraphDrawing } from '../lib/graph/graph-layout.ts';
import {
  buildRelationGraph,
  EDGE_KINDS,
  neighbourhood,
  type EdgeKind,
  type GraphEdge,
  type RelationGraph,
} from '../lib/graph/relation-graph.ts';
import { entityHref } from '../lib/routes.ts';
import { LIST_PAGE_SIZES, pagerView, splitIntoPages, type PagerView } from '../lib/pagination/list-pages.ts';
import { RELATION_LABELS } from './labels.ts';
import type { SiteModel } from './site-model.ts';
import { linkTo, linksTo, sourceLinksOf, type LinkProps } from './view-helpers.ts';

/** The edge kinds as the legend and the table name them. */
export const EDGE_KIND_LABELS: Record<
  EdgeKind,
  { readonly legend: string; readonly relation: string; readonly group: string }
> = {
  affiliation: {
    legend: 'Affiliation (member of, part of, front for …)',
    relation: 'affiliated with',
    group: 'Affiliations',
  },
  designated: {
    legend: 'Sanctions designation (authority → target)',
    relation: 'designated',
    group: 'Sanctions designations',
  },
  charged: { legend: 'Criminal charges (authority → defendant)', relation: 'charged', group: 'Criminal charges' },
  attributed: {
    legend: 'Attribution of a campaign (state → group)',
    relation: 'attributed a campaign to',
    group: 'Attributions',
  },
  quoted: { legend: 'Quoted about (speaker → subject)', relation: 'quoted about', group: 'Quotes about another actor' },
};

/** The focused view: APT31, what it is part of, its members and front company, and who acted on them. */
export const FOCUS_ACTOR = 'apt31';
const FOCUS_KINDS: readonly EdgeKind[] = ['affiliation', 'designated', 'charged', 'attributed'];

export interface RelationRow {
  readonly id: string;
  readonly kind: EdgeKind;
  readonly from: LinkProps;
  readonly relation: string;
  readonly to: LinkProps;
  readonly allegedBy: readonly LinkProps[];
  readonly campaigns: readonly LinkProps[];
  readonly evidence: readonly LinkProps[];
  readonly sources: readonly LinkProps[];
}

export interface GraphView {
  readonly graph: RelationGraph;
  /** The whole graph drawn; undefined above GRAPH_DRAWING_LIMIT actors, where only the table is shown. */
  readonly full: GraphDrawing | undefined;
  readonly focus: GraphDrawing;
  /** Node id → page of the actor. */
  readonly hrefs: ReadonlyMap<string, string>;
  /** Every edge of the full graph, grouped by kind in legend order, then by the "from" name. */
  readonly rows: readonly RelationRow[];
  /** The table split into pages of at most LIST_PAGE_SIZES.graph rows (one page for the real story). */
  readonly pages: readonly RelationPage[];
}

/** One page of the relations table. */
export interface RelationPage {
  readonly number: number;
  readonly rows: readonly RelationRow[];
  readonly pager: PagerView | undefined;
}

/**
 * Above this many actors the whole graph is not drawn: a drawing of thousands of boxes is
 * unreadable, heavier than the reader budget, and its layout grows faster than the graph (issue
 * 12). The real story has about 80. The focus drawing and the table remain.
 */
export const GRAPH_DRAWING_LIMIT = 300;

function relationOf(edge: GraphEdge): string {
  if (edge.kind === 'affiliation' && edge.relation) return RELATION_LABELS[edge.relation].toLowerCase();
  return EDGE_KIND_LABELS[edge.kind].relation;
}

const collator = new Intl.Collator('en-GB', { sensitivity: 'base', numeric: true });

async function buildGraphView(model: SiteModel, base: string): Promise<GraphView> {
  const graph = buildRelationGraph(model.index);
  const focusGraph = neighbourhood(graph, FOCUS_ACTOR, 2, FOCUS_KINDS);
  const drawn = graph.nodes.length <= GRAPH_DRAWING_LIMIT;
  const [full, focus] = await Promise.all([drawn ? layoutGraph(graph) : undefined, layoutGraph(focusGraph)]);
  const hrefs = new Map(graph.nodes.map((node) => [node.id, entityHref('actors', node.id, base)]));
  const rows = graph.edges
    .map((edge) => ({
      id: edge.id,
      kind: edge.kind,
      from: linkTo(model, edge.from, base),
      relation: relationOf(edge),
      to: linkTo(model, edge.to, base),
      allegedBy: linksTo(model, edge.allegedBy, base),
      campaigns: linksTo(model, edge.campaigns, base),
      evidence:
        edge.kind === 'affiliation'
          ? []
          : linksTo(
              model,
              edge.evidence.map((ref) => ref.id),
              base,
            ),
      sources: sourceLinksOf(model, edge.sources, base),
    }))
    .sort(
      (a, b) =>
        EDGE_KINDS.indexOf(a.kind) - EDGE_KINDS.indexOf(b.kind) ||
        collator.compare(a.from.label, b.from.label) ||
        collator.compare(a.to.label, b.to.label),
    );
  const slices = splitIntoPages(rows, LIST_PAGE_SIZES.graph);
  const listHref = `${base.endsWith('/') ? base : `${base}/`}graph/`;
  const pages = slices.map((slice, i) => ({
    number: i + 1,
    rows: slice,
    pager: pagerView(listHref, slices.length, i + 1),
  }));
  return { graph, full, focus, hrefs, rows, pages };
}

let cached: { model: SiteModel; base: string; view: Promise<GraphView> } | undefined;

/** The graph view, laid out once per build (per model and base). */
export function graphViewOf(model: SiteModel, base: string): Promise<GraphView> {
  if (cached?.model !== model || cached.base !== base) cached = { model, base, view: buildGraphView(model, base) };
  return cached.view;
}
