/**
 * JSON-LD builders: the right schema.org type for each page, dates and corrections from the update
 * log, and text that cannot break out of its <script> element.
 */
import { lastUpdated, latestDate } from '../../src/lib/update-log.ts';
import { fromHtml } from 'hast-util-from-html';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ContentIndex } from '../../src/lib/content-index.ts';
import type { Entity } from '../../src/lib/content/load-entry.ts';
import { headTagsHtml } from '../../src/lib/seo/head-tags.ts';
import { jsonLdScriptText, type JsonLd } from '../../src/lib/seo/json-ld.ts';
import { buildPageEntries } from '../../src/lib/seo/page-entries.ts';
import { COLLECTION_LABELS } from '../../src/site/view-helpers.ts';
import { HOSTILE, realIndex, SITE, update, withData } from './real-index.ts';

let index: ContentIndex<Entity>;
beforeAll(async () => {
  index = await realIndex();
});

const entries = (from: ContentIndex<Entity>) =>
  buildPageEntries(from, { site: SITE, base: '/', labels: COLLECTION_LABELS });

/** The JSON inside every ld+json script of an HTML document, as a browser's parser sees it. */
function ldBlocks(html: string): unknown[] {
  const blocks: unknown[] = [];
  const visit = (node: {
    type: string;
    tagName?: string;
    properties?: Record<string, unknown>;
    children?: unknown[];
    value?: string;
  }) => {
    if (node.type === 'element' && node.tagName === 'script') {
      expect(node.properties?.['type']).toBe('application/ld+json');
      const text = (node.children ?? []).map((child) => (child as { value: string }).value).join('');
      blocks.push(JSON.parse(text));
    }
    for (const child of node.children ?? []) visit(child as typeof node);
  };
  visit(fromHtml(html) as unknown as Parameters<typeof visit>[0]);
  return blocks;
}

describe('jsonLdScriptText', () => {
  it('round-trips a hostile string that cannot end the element or open a comment', () => {
    const value: JsonLd = { '@type': 'Thing', name: HOSTILE };
    const text = jsonLdScriptText(value);
    expect(text).not.toMatch(/[<>\u2028\u2029]/);
    expect(JSON.parse(text)).toEqual(value);
    const html = `<!doctype html><html><head><script type="application/ld+json">${text}</script></head><body><p>after</p></body></html>`;
    expect(ldBlocks(html)).toEqual([value]);
    // Without the escaping the same string does break out: the check above can fail.
    expect(() => ldBlocks(`<script type="application/ld+json">${JSON.stringify(value)}</script>`)).toThrow();
  });
});

describe('page entries', () => {
  it('types each page by its path', () => {
    const map = entries(index);
    const typeOf = (path: string) => map.entryFor(path, 't', 'd').jsonLd['@type'];
    expect(typeOf('/')).toBe('NewsArticle');
    expect(typeOf('/actors/oliver-dowden/')).toBe('Person');
    expect(typeOf('/actors/apt31/')).toBe('Organization');
    expect(typeOf('/actors/united-kingdom/')).toBe('Country');
    expect(typeOf('/actors/uk-ncsc/')).toBe('GovernmentOrganization');
    expect(typeOf('/quotes/dowden-two-campaigns/')).toBe('Quotation');
    expect(typeOf('/timeline/uk-attribution/')).toBe('Event');
    expect(typeOf('/sources/fcdo/')).toBe('WebPage');
    expect(typeOf('/actors/')).toBe('CollectionPage');
    expect(typeOf('/search/')).toBe('WebPage');
    // The same page with or without the trailing slash.
    expect(typeOf('/actors/apt31')).toBe('Organization');
  });

  it('gives actors sameAs from their external ids and a NewsArticle its dates, author and publisher', () => {
    const map = entries(index);
    const apt31 = map.entryFor('/actors/apt31/', '', '').jsonLd;
    expect(apt31['sameAs']).toEqual(['https://attack.mitre.org/groups/G0128/']);
    expect(apt31['alternateName']).toEqual(expect.arrayContaining(['Violet Typhoon', 'ZIRCONIUM']));
    const home = map.entryFor('/', '', '').jsonLd;
    expect(home).toMatchObject({
      headline: index.byCollection.story[0]!.data.headline,
      datePublished: index.byCollection.story[0]!.data.published,
      // The newest date in the story's own update log, or its publication when it has none.
      dateModified: latestDate([
        index.byCollection.story[0]!.data.published,
        lastUpdated(index.byCollection.story[0]!.data),
      ]),
      publisher: { '@type': 'Organization', name: 'casefile' },
    });
    expect(home['author']).toEqual([{ '@type': 'Organization', name: 'casefile editors' }]);
  });

  it('takes dateModified from the update log and turns corrections into CorrectionComments', () => {
    const story = index.byCollection.story[0]!;
    const changed = withData(index, {
      [story.id]: (data) => ({ ...data, updates: [update('2027-02-01', 'We said X; in fact Y.', 'correction')] }),
      apt31: (data) => ({
        ...data,
        updates: [update('2027-01-10', 'Added an alias.'), update('2027-03-05', HOSTILE, 'correction')],
      }),
    });
    const map = entries(changed);
    const home = map.entryFor('/', '', '').jsonLd;
    expect(home['dateModified']).toBe('2027-02-01');
    expect(home['correction']).toEqual([
      { '@type': 'CorrectionComment', text: 'We said X; in fact Y.', datePublished: '2027-02-01' },
    ]);
    const page = map.entryFor('/actors/apt31/', '', '').jsonLd['mainEntityOfPage'] as JsonLd;
    expect(page['dateModified']).toBe('2027-03-05');
    expect(page['correction']).toEqual([{ '@type': 'CorrectionComment', text: HOSTILE, datePublished: '2027-03-05' }]);
    expect(map.entryFor('/', '', '').modified).toBe('2027-02-01');
  });

  it('is the same for the same content', () => {
    const dump = (map: ReturnType<typeof entries>) =>
      JSON.stringify(index.all.map((entity) => map.entryFor(`/${entity.collection}/${entity.id}/`, '', '')));
    expect(dump(entries(index))).toBe(dump(entries(index)));
  });
});

describe('headTagsHtml', () => {
  it('escapes every attribute value so that no markup survives, and the parser reads it back intact', () => {
    const html = headTagsHtml([{ tag: 'meta', attributes: { property: 'og:title', content: HOSTILE } }]);
    expect(html).not.toMatch(/<script|<!--|"quotes"/);
    const tree = fromHtml(`<head>${html}</head>`, { fragment: true }) as unknown as {
      children: { properties: Record<string, unknown> }[];
    };
    expect(tree.children[0]!.properties['content']).toBe(HOSTILE);
    expect(() => headTagsHtml([{ tag: 'meta', attributes: { 'on load': 'x' } }])).toThrow();
  });
});
