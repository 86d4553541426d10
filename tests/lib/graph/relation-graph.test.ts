/**
 * The relationship graph model, on the real content (the story the site is about) and on small
 * hand-made indexes for the rules that must hold whatever the content says.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/lib/check-content.ts';
import { buildIndex, type IndexableEntity } from '../../../src/lib/content-index.ts';
import { buildRelationGraph, neighbourhood, type RelationGraph } from '../../../src/lib/graph/relation-graph.ts';
import { PROJECT_ROOT } from '../../helpers/fixture-content.ts';

let graph: RelationGraph;

beforeAll(async () => {
  const checked = await checkContent({ contentDir: path.join(PROJECT_ROOT, 'content') });
  expect(checked.ok).toBe(true);
  graph = buildRelationGraph(checked.index);
});

const edgesOf = (kind: string) => graph.edges.filter((edge) => edge.kind === kind);
const pairs = (kind: string) => edgesOf(kind).map((edge) => `${edge.from} → ${edge.to}`);

describe('the relation graph of the story', () => {
  it('has an edge for each of the six UK and US designations, from the authority to the target', () => {
    expect(pairs('designated').sort()).toEqual([
      'uk-fcdo → ni-gaobin',
      'uk-fcdo → wuhan-xrz',
      'uk-fcdo → zhao-guangzong',
      'us-treasury-ofac → ni-gaobin',
      'us-treasury-ofac → wuhan-xrz',
      'us-treasury-ofac → zhao-guangzong',
    ]);
    for (const edge of edgesOf('designated')) {
      expect(edge.evidence).toHaveLength(1);
      expect(edge.evidence[0]?.collection).toBe('sanctions');
    }
  });

  it('has a "charged" edge from the Justice Department to each of the seven defendants', () => {
    const charged = edgesOf('charged');
    expect(charged).toHaveLength(7);
    expect(new Set(charged.map((edge) => edge.from))).toEqual(new Set(['us-doj']));
    expect(charged.every((edge) => edge.evidence.some((ref) => ref.id === 'us-indictment-apt31'))).toBe(true);
  });

  it('never links APT31 to the Electoral Commission or to its campaign', () => {
    const ecEvents = new Set(['ec-access-period', 'ec-first-access', 'ec-detects-attack', 'ec-discloses-attack']);
    for (const edge of graph.edges) {
      const ends = [edge.from, edge.to];
      expect(ends.includes('apt31') && ends.includes('electoral-commission')).toBe(false);
      if (ends.includes('apt31')) for (const campaign of edge.campaigns) expect(ecEvents.has(campaign)).toBe(false);
    }
  });

  it("attributes to APT31 only the parliamentarians' reconnaissance, from the UK bodies that named it", () => {
    const uk = edgesOf('attributed').filter((edge) => edge.to === 'apt31' && edge.from.startsWith('uk-'));
    expect(uk.map((edge) => edge.from).sort()).toEqual(['uk-fcdo', 'uk-ncsc']);
    for (const edge of uk) expect(edge.campaigns).toEqual(['uk-parliamentarians-reconnaissance']);
    // Victims, people and legislatures in an attribution event are not attributors.
    const attributors = new Set(edgesOf('attributed').map((edge) => edge.from));
    for (const id of ['electoral-commission', 'oliver-dowden', 'house-of-commons'])
      expect(attributors.has(id)).toBe(false);
  });

  it('keeps affiliations with who alleges them, and merges several quotes about the same actor', () => {
    const member = graph.edges.find((edge) => edge.id === 'affiliation:member-of:zhao-guangzong:apt31');
    expect(member?.allegedBy).toEqual(expect.arrayContaining(['us-doj', 'uk-fcdo']));
    expect(member?.sources.length).toBeGreaterThan(0);
    const quoted = graph.edges.filter((edge) => edge.kind === 'quoted' && edge.from === 'iain-duncan-smith');
    const aboutChina = quoted.filter((edge) => edge.to === 'china');
    expect(aboutChina).toHaveLength(1);
    expect(aboutChina[0]?.evidence.length).toBeGreaterThan(1);
  });

  it('has unique edge ids, sorted nodes and edges, and a node for every end of every edge', () => {
    const ids = graph.edges.map((edge) => edge.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([...ids].sort());
    const nodeIds = graph.nodes.map((node) => node.id);
    expect(nodeIds).toEqual([...nodeIds].sort());
    for (const edge of graph.edges) expect(nodeIds).toEqual(expect.arrayContaining([edge.from, edge.to]));
  });

  it("focuses on APT31's neighbourhood without quotes", () => {
    const focus = neighbourhood(graph, 'apt31', 2, ['affiliation', 'designated', 'charged', 'attributed']);
    const ids = focus.nodes.map((node) => node.id);
    expect(ids).toEqual(expect.arrayContaining(['apt31', 'wuhan-xrz', 'hubei-ssd', 'mss', 'us-doj', 'uk-fcdo']));
    expect(ids).not.toContain('electoral-commission');
    expect(focus.edges.some((edge) => edge.kind === 'quoted')).toBe(false);
    for (const edge of focus.edges) expect(ids).toEqual(expect.arrayContaining([edge.from, edge.to]));
  });
});

describe('graph rules on hand-made content', () => {
  const actor = (id: string, kind: string, extra: object = {}) =>
    ({
      collection: 'actors',
      id,
      data: { name: id, kind, aliases: [], titles: [], affiliations: [], externalIds: [], sources: [], ...extra },
      references: [],
    }) as unknown as IndexableEntity;
  const event = (id: string, dateMeaning: string, actors: string[], related: string[] = []) =>
    ({
      collection: 'timeline',
      id,
      data: { title: id, date: '2024', precision: 'year', dateMeaning, actors, related, sources: [] },
      references: [],
    }) as unknown as IndexableEntity;

  it('an attribution naming a victim but no group adds no edge, and a group named gets one per attributor', () => {
    const index = buildIndex([
      actor('state-a', 'state'),
      actor('agency-a', 'government-body'),
      actor('victim', 'regulator'),
      actor('group-x', 'threat-group'),
      event('hack-of-victim', 'occurred', ['victim']),
      event('attribution-1', 'attributed', ['state-a', 'victim'], ['hack-of-victim']),
      event('attribution-2', 'attributed', ['agency-a', 'group-x', 'victim'], ['hack-of-victim']),
    ]);
    const graph = buildRelationGraph(index);
    expect(graph.edges.map((edge) => edge.id)).toEqual(['attributed:agency-a:group-x']);
    // The victim's campaign does not name the group, so it is not the campaign attributed to it.
    expect(graph.edges[0]?.campaigns).toEqual([]);
  });

  it('is the same whatever order the entries come in', () => {
    const entries = [
      actor('b', 'person', { affiliations: [{ actor: 'a', relation: 'member-of', allegedBy: [], sources: ['s'] }] }),
      actor('a', 'threat-group'),
      actor('c', 'state'),
      event('e', 'attributed', ['c', 'a']),
    ];
    const one = buildRelationGraph(buildIndex(entries));
    const two = buildRelationGraph(buildIndex([...entries].reverse()));
    expect(JSON.stringify(two)).toBe(JSON.stringify(one));
  });
});
