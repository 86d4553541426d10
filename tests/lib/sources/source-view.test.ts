/**
 * What the bibliography pages get from the model: links that land on the citing paragraph, and
 * unique page titles when two sources share a title.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/lib/check-content.ts';
import { buildIndex } from '../../../src/lib/content-index.ts';
import type { SiteEntity, SiteModel } from '../../../src/site/site-model.ts';
import { bibliographyGroups, citingPlacesOf, sourcePageTitle } from '../../../src/site/source-view.ts';
import { PROJECT_ROOT } from '../../helpers/fixture-content.ts';

let model: SiteModel;

beforeAll(async () => {
  const checked = await checkContent({ contentDir: path.join(PROJECT_ROOT, 'content'), projectRoot: PROJECT_ROOT });
  const entities = checked.index.all.map((entity) => ({ ...entity, citations: entity.facts.citations, html: '' }));
  const index = buildIndex(entities as unknown as SiteEntity[]);
  model = { index, story: index.byCollection.story[0]! };
});

describe('citingPlacesOf', () => {
  it('links each body citation to its anchor on the citing page, under the site base', () => {
    const groups = citingPlacesOf(model, 'iom', '/casefile/');
    const sanctions = groups.find((group) => group.collection === 'sanctions')!;
    const ni = sanctions.places.find((place) => place.entry.label === 'UK designation of Ni Gaobin')!;
    expect(ni.entry.href).toBe('/casefile/sanctions/uk-designation-ni-gaobin/');
    expect(ni.anchors).toEqual([
      { href: '/casefile/sanctions/uk-designation-ni-gaobin/#cite-2-1', label: '1' },
      { href: '/casefile/sanctions/uk-designation-ni-gaobin/#cite-2-2', label: '2' },
    ]);
    expect(ni.fields).toEqual(['listReferences.sources', 'statusAsOf.sources', 'sources']);
  });

  it('labels the story’s group "Home page" and links it to the home page', () => {
    const home = citingPlacesOf(model, 'fcdo', '/').find((group) => group.collection === 'story');
    expect(home?.heading).toBe('Home page');
    expect(home?.places[0]?.anchors[0]?.href).toMatch(/^\/#cite-\d+-1$/);
  });
});

describe('sourcePageTitle', () => {
  it('adds the publisher only when two sources share a title', () => {
    const copy = model.index.byId.get('databreaches') as SiteEntity<'sources'>;
    const original = model.index.byId.get('ico-release') as SiteEntity<'sources'>;
    expect(sourcePageTitle(model, copy)).toBe(`${copy.data.title} (DataBreaches.net)`);
    expect(sourcePageTitle(model, original)).toBe(`${original.data.title} (Information Commissioner's Office)`);
    const fcdo = model.index.byId.get('fcdo') as SiteEntity<'sources'>;
    expect(sourcePageTitle(model, fcdo)).toBe(fcdo.data.title);
    const titles = model.index.byCollection.sources.map((source) => sourcePageTitle(model, source));
    expect(new Set(titles).size).toBe(titles.length);
  });
});

describe('bibliographyGroups', () => {
  it('puts primary sources first, grouped by kind, and lists every source once', () => {
    const groups = bibliographyGroups(model, '/');
    expect(groups.map((group) => group.id)).toEqual(['primary', 'secondary']);
    expect(groups[0]!.kinds.every((kind) => kind.items.every((item) => item.facts.primary))).toBe(true);
    expect(groups[0]!.kinds[0]!.heading).toBe('Official');
    const ids = groups.flatMap((group) => group.kinds.flatMap((kind) => kind.items.map((item) => item.facts.id)));
    expect(ids.sort()).toEqual(model.index.byCollection.sources.map((source) => source.id).sort());
  });
});
