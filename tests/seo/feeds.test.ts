/**
 * The feeds: items from the update logs, newest first and deterministic; RSS parsed as XML the
 * way a feed reader does; JSON Feed checked against the 1.1 fields.
 */
import { getRssString } from '@astrojs/rss';
import { XMLParser } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ContentIndex } from '../../src/lib/content-index.ts';
import type { Entity } from '../../src/lib/content/load-entry.ts';
import { jsonFeed, rssOptions, type FeedMeta } from '../../src/lib/seo/feed-formats.ts';
import { buildFeedItems } from '../../src/lib/seo/feed-items.ts';
import { HOSTILE, realIndex, SITE, update, withData } from './real-index.ts';

const META: FeedMeta = {
  title: 'casefile: updates and corrections',
  description: 'Every update and correction.',
  homeUrl: SITE,
  feedUrl: `${SITE}feed.xml`,
  authors: ['casefile editors'],
};

let index: ContentIndex<Entity>;
let changed: ContentIndex<Entity>;
beforeAll(async () => {
  index = await realIndex();
  changed = withData(index, {
    apt31: (data) => ({
      ...data,
      updates: [update('2027-01-10', 'Added an alias.'), update('2027-03-05', HOSTILE, 'correction')],
    }),
    'uk-attribution': (data) => ({ ...data, updates: [update('2027-03-05', 'Added the Lords repeat.')] }),
  });
});

describe('feed items', () => {
  it('start with the publication and add every update, newest first, corrections first on a day', () => {
    expect(buildFeedItems(index, { site: SITE, base: '/' }).map((item) => item.kind)).toEqual(
      expect.arrayContaining(['published']),
    );
    const items = buildFeedItems(changed, { site: SITE, base: '/' });
    // The real content's own updates (dated before the ones added here) sit between them and the
    // publication, in the same newest-first order.
    const own = buildFeedItems(index, { site: SITE, base: '/' });
    expect(items.map((item) => [item.date, item.kind, item.url])).toEqual([
      ['2027-03-05', 'correction', `${SITE}actors/apt31/`],
      ['2027-03-05', 'update', `${SITE}timeline/uk-attribution/`],
      ['2027-01-10', 'update', `${SITE}actors/apt31/`],
      ...own.map((item) => [item.date, item.kind, item.url]),
    ]);
    expect(own.at(-1)).toMatchObject({ date: '2026-11-26', kind: 'published', url: SITE });
    const dates = items.map((item) => item.date);
    expect([...dates].sort().reverse()).toEqual(dates);
    expect(new Set(items.map((item) => item.id)).size).toBe(items.length);
    expect(items[0]!.title).toBe('Correction: APT31');
    expect(JSON.stringify(buildFeedItems(changed, { site: SITE, base: '/' }))).toBe(JSON.stringify(items));
  });
});

describe('RSS 2.0', () => {
  it('parses as XML with one item per change, unique guids, RFC 822 dates and intact text', async () => {
    const items = buildFeedItems(changed, { site: SITE, base: '/' });
    const xml = await getRssString(rssOptions(items, META, SITE));
    const parsed = new XMLParser({
      ignoreAttributes: false,
      trimValues: false,
      isArray: (name) => name === 'item',
    }).parse(xml);
    const channel = parsed.rss.channel;
    expect(parsed.rss['@_version']).toBe('2.0');
    expect(channel).toMatchObject({ title: META.title, link: SITE, language: 'en-gb' });
    expect(channel['atom:link']).toMatchObject({ '@_href': META.feedUrl, '@_rel': 'self' });
    expect(channel.item).toHaveLength(items.length);
    const guids = channel.item.map((item: { guid: { '#text': string; '@_isPermaLink': string } }) => {
      expect(item.guid['@_isPermaLink']).toBe('false');
      return item.guid['#text'];
    });
    expect(guids).toEqual(items.map((item) => item.id));
    expect(channel.item[0].pubDate).toBe('Fri, 05 Mar 2027 00:00:00 GMT');
    expect(channel.item[0].description).toBe(HOSTILE);
    expect(await getRssString(rssOptions(items, META, SITE))).toBe(xml);
  });
});

describe('JSON Feed 1.1', () => {
  it('has the required top-level and item fields, RFC 3339 dates, and round-trips text', () => {
    const items = buildFeedItems(changed, { site: SITE, base: '/' });
    const feed = JSON.parse(JSON.stringify(jsonFeed(items, META)));
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(typeof feed.title).toBe('string');
    expect(feed.home_page_url).toBe(SITE);
    expect(feed.feed_url).toBe(META.feedUrl);
    expect(feed.authors).toEqual([{ name: 'casefile editors' }]);
    expect(feed.items).toHaveLength(items.length);
    for (const item of feed.items) {
      expect(typeof item.id).toBe('string');
      expect(item.url).toMatch(/^https:\/\//);
      expect(typeof item.content_text).toBe('string');
      expect(item.date_published).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    }
    expect(feed.items[0]).toMatchObject({ content_text: HOSTILE, date_published: '2027-03-05T00:00:00Z' });
  });
});
