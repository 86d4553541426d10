/**
 * The elkjs layout: deterministic (same input, same drawing, whatever the input order), every
 * node placed inside the drawing without overlapping another, and every edge routed.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/lib/check-content.ts';
import { layoutGraph, wrapLabel } from '../../../src/lib/graph/graph-layout.ts';
import { buildRelationGraph, type RelationGraph } from '../../../src/lib/graph/relation-graph.ts';
import { PROJECT_ROOT } from '../../helpers/fixture-content.ts';

let graph: RelationGraph;

beforeAll(async () => {
  const checked = await checkContent({ contentDir: path.join(PROJECT_ROOT, 'content') });
  graph = buildRelationGraph(checked.index);
});

describe('layoutGraph', () => {
  it('lays out the same graph to the same drawing twice, and from shuffled input', async () => {
    const first = await layoutGraph(graph);
    const second = await layoutGraph(graph);
    const shuffled = await layoutGraph({ nodes: [...graph.nodes].reverse(), edges: [...graph.edges].reverse() });
    expect(JSON.stringify(second)).toBe(JSON.stringify(first));
    expect(JSON.stringify(shuffled)).toBe(JSON.stringify(first));
  });

  it('places every node inside the drawing, with no two boxes overlapping', async () => {
    const drawing = await layoutGraph(graph);
    expect(drawing.nodes).toHaveLength(graph.nodes.length);
    for (const node of drawing.nodes) {
      expect(node.x).toBeGreaterThanOrEqual(0);
      expect(node.y).toBeGreaterThanOrEqual(0);
      expect(node.x + node.width).toBeLessThanOrEqual(drawing.width);
      expect(node.y + node.height).toBeLessThanOrEqual(drawing.height);
    }
    for (const [i, a] of drawing.nodes.entries()) {
      for (const b of drawing.nodes.slice(i + 1)) {
        const apart = a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
        expect(apart, `${a.id} overlaps ${b.id}`).toBe(true);
      }
    }
  });

  it('routes every edge as a path that starts with a move', async () => {
    const drawing = await layoutGraph(graph);
    expect(drawing.edges).toHaveLength(graph.edges.length);
    for (const edge of drawing.edges) expect(edge.path).toMatch(/^M\d/);
  });
});

describe('wrapLabel', () => {
  it('breaks at spaces into lines of at most the width, keeping a long word whole', () => {
    expect(wrapLabel('Wuhan Xiaoruizhi Science and Technology Company Limited', 22)).toEqual([
      'Wuhan Xiaoruizhi',
      'Science and Technology',
      'Company Limited',
    ]);
    expect(wrapLabel('APT31')).toEqual(['APT31']);
    expect(wrapLabel('Supercalifragilisticexpialidocious word', 10)).toEqual([
      'Supercalifragilisticexpialidocious',
      'word',
    ]);
  });
});
