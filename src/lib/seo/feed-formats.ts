/**
 * The feed items (feed-items.ts) as RSS 2.0 (through @astrojs/rss) and as JSON Feed 1.1.
 * https://www.rssboard.org/rss-specification · https://www.jsonfeed.org/version/1.1/
 */
import type { RSSOptions } from '@astrojs/rss';
import { parsePartialDate } from '../partial-date.ts';
import type { FeedItem } from './feed-items.ts';

export interface FeedMeta {
  readonly title: string;
  readonly description: string;
  /** Absolute URL of the home page. */
  readonly homeUrl: string;
  /** Absolute URL of this feed. */
  readonly feedUrl: string;
  readonly authors: readonly string[];
}

/**
 * The instant a content date stands for: midnight UTC at its start. Built from the numbers in the
 * string with Date.UTC, so it is the same on every machine; @astrojs/rss needs a Date to format.
 */
export function startOfDateUtc(date: string): Date {
  const { year, month = 1, day = 1 } = parsePartialDate(date).start;
  return new Date(Date.UTC(year, month - 1, day));
}

const escapeXml = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/** Options for @astrojs/rss: one item per change, its guid the item's id (not a permalink). */
export function rssOptions(items: readonly FeedItem[], meta: FeedMeta, site: string): RSSOptions {
  return {
    title: meta.title,
    description: meta.description,
    site,
    trailingSlash: true,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    // atom:link rel="self" is what feed validators ask an RSS feed to say about its own address.
    customData: `<language>en-gb</language><atom:link href="${escapeXml(meta.feedUrl)}" rel="self" type="application/rss+xml"/>`,
    items: items.map((item) => ({
      title: item.title,
      link: item.url,
      description: item.text,
      pubDate: startOfDateUtc(item.date),
      categories: [item.kind],
      // Several changes can share a page, so the guid is the item id rather than the link.
      customData: `<guid isPermaLink="false">${escapeXml(item.id)}</guid>`,
    })),
  };
}

/** A JSON Feed 1.1 document. */
export function jsonFeed(items: readonly FeedItem[], meta: FeedMeta): Record<string, unknown> {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: meta.title,
    home_page_url: meta.homeUrl,
    feed_url: meta.feedUrl,
    description: meta.description,
    language: 'en-GB',
    authors: meta.authors.map((name) => ({ name })),
    items: items.map((item) => ({
      id: item.id,
      url: item.url,
      title: item.title,
      content_text: item.text,
      date_published: startOfDateUtc(item.date).toISOString().replace('.000Z', 'Z'),
      tags: [item.kind],
    })),
  };
}
