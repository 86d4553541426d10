/**
 * Lay the relationship graph out with elkjs (the Eclipse Layout Kernel's layered algorithm) at
 * build time, into plain numbers an SVG component can draw: boxes for nodes, polylines for edges.
 *
 * Determinism: ELK's layered algorithm is deterministic for the same input in the same order with
 * a fixed random seed, so nodes and edges are sorted by id before layout and the seed is pinned.
 * Coordinates are rounded so the SVG text is byte-for-byte stable.
 */
import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkNode } from 'elkjs/lib/elk-api';
import type { EdgeKind, RelationGraph } from './relation-graph.ts';
import type { ActorKind } from '../../schemas/entity-ref.ts';

/** Font size of node labels in SVG user units; graph.css sets the same. */
export const LABEL_FONT_SIZE = 13;
const LINE_HEIGHT = 16;
/** A generous average advance of a system sans-serif at 13 px, so labels never overflow a box. */
const CHAR_WIDTH = 7.4;
const PADDING_X = 10;
const PADDING_Y = 8;
const MAX_LINE_CHARS = 22;
/** Room per edge on a box's side, so many edges into one box (APT31) arrive apart, not in a knot. */
const EDGE_ROOM = 9;

export interface DrawnNode {
  readonly id: string;
  readonly kind: ActorKind;
  readonly label: string;
  /** The label broken into lines that fit the box. */
  readonly lines: readonly string[];
  /** Where the first line's baseline sits, below the box's top; the lines are centred in the box. */
  readonly textTop: number;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface DrawnEdge {
  readonly id: string;
  readonly kind: EdgeKind;
  readonly from: string;
  readonly to: string;
  /** SVG path data, a polyline from the source box to the target box. */
  readonly path: string;
}

export interface GraphDrawing {
  readonly width: number;
  readonly height: number;
  readonly nodes: readonly DrawnNode[];
  readonly edges: readonly DrawnEdge[];
}

/** Break a label at spaces into lines of at most `max` characters (a longer word keeps its line). */
export function wrapLabel(label: string, max = MAX_LINE_CHARS): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

const round = (n: number) => Math.round(n * 10) / 10;

const LAYOUT_OPTIONS = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  'elk.edgeRouting': 'ORTHOGONAL',
  'elk.randomSeed': '1',
  'elk.spacing.nodeNode': '14',
  'elk.layered.spacing.nodeNodeBetweenLayers': '56',
  'elk.spacing.edgeNode': '10',
  'elk.spacing.componentComponent': '28',
  'elk.padding': '[top=8,left=8,bottom=8,right=8]',
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
} as const;

export async function layoutGraph(graph: RelationGraph): Promise<GraphDrawing> {
  const nodes = [...graph.nodes].sort((a, b) => (a.id < b.id ? -1 : 1));
  const edges = [...graph.edges].sort((a, b) => (a.id < b.id ? -1 : 1));
  const incoming = new Map<string, number>();
  const outgoing = new Map<string, number>();
  for (const edge of edges) {
    incoming.set(edge.to, (incoming.get(edge.to) ?? 0) + 1);
    outgoing.set(edge.from, (outgoing.get(edge.from) ?? 0) + 1);
  }
  const sized = nodes.map((node) => {
    const lines = wrapLabel(node.label);
    const longest = Math.max(...lines.map((line) => line.length));
    const textHeight = lines.length * LINE_HEIGHT;
    const busiestSide = Math.max(incoming.get(node.id) ?? 0, outgoing.get(node.id) ?? 0);
    const height = Math.max(textHeight + 2 * PADDING_Y, busiestSide * EDGE_ROOM);
    return {
      node,
      lines,
      // 12 of the 16 units of a line are above the baseline.
      textTop: round((height - textHeight) / 2 + 12),
      width: Math.ceil(longest * CHAR_WIDTH + 2 * PADDING_X),
      height,
    };
  });
  const input: ElkNode = {
    id: 'root',
    layoutOptions: { ...LAYOUT_OPTIONS },
    children: sized.map(({ node, width, height }) => ({ id: node.id, width, height })),
    edges: edges.map((edge) => ({ id: edge.id, sources: [edge.from], targets: [edge.to] })),
  };
  const elk = new ELK();
  const result = await elk.layout(input);

  const placed = new Map((result.children ?? []).map((child) => [child.id, child]));
  const drawnNodes: DrawnNode[] = sized.map(({ node, lines, textTop, width, height }) => {
    const box = placed.get(node.id);
    return {
      id: node.id,
      kind: node.kind,
      label: node.label,
      lines,
      textTop,
      x: round(box?.x ?? 0),
      y: round(box?.y ?? 0),
      width,
      height,
    };
  });
  const routed = new Map((result.edges ?? []).map((edge) => [edge.id, edge]));
  const drawnEdges: DrawnEdge[] = edges.map((edge) => {
    const sections = routed.get(edge.id)?.sections ?? [];
    const path = sections
      .map((section) => {
        const points = [section.startPoint, ...(section.bendPoints ?? []), section.endPoint];
        return points.map((p, i) => `${i === 0 ? 'M' : 'L'}${round(p.x)} ${round(p.y)}`).join(' ');
      })
      .join(' ');
    return { id: edge.id, kind: edge.kind, from: edge.from, to: edge.to, path };
  });
  return {
    width: Math.ceil(result.width ?? 0),
    height: Math.ceil(result.height ?? 0),
    nodes: drawnNodes,
    edges: drawnEdges,
  };
}
