/**
 * Back-references from sources to the places that cite them: fields by name, body citations by
 * the anchor the renderer gives their marker.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkContent, type CheckedContent } from '../../../src/lib/check-content.ts';
import { buildBackReferences, fieldName, type BackReference } from '../../../src/lib/sources/back-references.ts';
import { PROJECT_ROOT } from '../../helpers/fixture-content.ts';

let checked: CheckedContent;
let refs: ReadonlyMap<string, readonly BackReference[]>;

beforeAll(async () => {
  checked = await checkContent({ contentDir: path.join(PROJECT_ROOT, 'content'), projectRoot: PROJECT_ROOT });
  expect(checked.ok).toBe(true);
  refs = buildBackReferences(
    checked.index.all.map((entity) => ({ ...entity, citations: entity.facts.citations })),
    (id) => checked.index.byId.get(id)?.collection === 'sources',
  );
});

describe('buildBackReferences', () => {
  it('numbers body citations as the renderer does: source n, occurrence k', () => {
    const entry = {
      collection: 'timeline' as const,
      id: 'x',
      citations: ['a', 'b'],
      references: [
        { id: 'a', via: 'field', field: 'sources[0]' },
        { id: 'actor-1', via: 'field', field: 'actors[0]' },
        { id: 'a', via: 'citation', field: 'body' },
        { id: 'b', via: 'citation', field: 'body' },
        { id: 'a', via: 'mention', field: 'body' },
        { id: 'b', via: 'citation', field: 'body' },
        { id: 'a', via: 'field', field: 'claims[3].sources[1]' },
      ],
    };
    const result = buildBackReferences([entry], (id) => id === 'a' || id === 'b');
    expect(result.get('a')).toEqual([
      {
        collection: 'timeline',
        from: 'x',
        fields: ['sources', 'claims.sources'],
        anchors: ['cite-1-1'],
        mentioned: true,
      },
    ]);
    expect(result.get('b')).toEqual([
      { collection: 'timeline', from: 'x', fields: [], anchors: ['cite-2-1', 'cite-2-2'], mentioned: false },
    ]);
    expect(result.has('actor-1')).toBe(false);
  });

  it('skips an entry citing itself but keeps the numbering of the others', () => {
    const entry = {
      collection: 'sources' as const,
      id: 's',
      citations: ['s', 't'],
      references: [
        { id: 's', via: 'citation', field: 'body' },
        { id: 't', via: 'citation', field: 'body' },
      ],
    };
    const result = buildBackReferences([entry], () => true);
    expect(result.has('s')).toBe(false);
    expect(result.get('t')?.[0]?.anchors).toEqual(['cite-2-1']);
  });

  it('names fields without array positions', () => {
    expect(fieldName('listReferences[1].sources[0]')).toBe('listReferences.sources');
  });

  it('traces the Isle of Man notice to the list reference, the status and the body paragraph of Ni’s UK designation', () => {
    const ni = refs.get('iom')?.find((ref) => ref.from === 'uk-designation-ni-gaobin');
    expect(ni?.fields).toEqual(['listReferences.sources', 'statusAsOf.sources', 'sources']);
    // iom is the second source cited in the body; it is cited in the first two paragraphs.
    expect(ni?.anchors).toEqual(['cite-2-1', 'cite-2-2']);
  });

  it('gives anchors that exist in the rendered body of every citing entry', () => {
    const checkedEntries = ['uk-designation-ni-gaobin', 'us-indictment-apt31', 'apt31'];
    for (const id of checkedEntries) {
      const entity = checked.index.byId.get(id)!;
      const html = entity.html ?? '';
      const anchors = [...refs.values()]
        .flat()
        .filter((ref) => ref.from === id)
        .flatMap((ref) => ref.anchors);
      expect(anchors.length).toBeGreaterThan(0);
      for (const anchor of anchors) expect(html, `${id}#${anchor}`).toContain(`id="${anchor}"`);
    }
  });

  it('lists every entry that cites a source, in reading order', () => {
    const fcdo = refs.get('fcdo') ?? [];
    const citing = new Set(
      checked.index.all
        .filter((entity) => entity.id !== 'fcdo' && entity.references.some((r) => r.id === 'fcdo'))
        .map((entity) => entity.id),
    );
    expect(new Set(fcdo.map((ref) => ref.from))).toEqual(citing);
    expect(fcdo.length).toBeGreaterThan(10);
  });
});
