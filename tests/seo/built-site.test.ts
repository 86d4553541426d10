/**
 * The built site, as crawlers and feed readers see it: JSON-LD on every page with the type its
 * path calls for, canonical and Open Graph meta with a real 1200×630 PNG, a sitemap whose every
 * URL is a built page, robots.txt, both feeds, and the STIX bundle. Built once with a non-default
 * CASEFILE_SITE, to show that the site URL set in one place reaches every format.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { XMLParser } from 'fast-xml-parser';
import { fromHtml } from 'hast-util-from-html';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ContentIndex } from '../../src/lib/content-index.ts';
import type { Entity } from '../../src/lib/content/load-entry.ts';
import { stixBundleJson } from '../../src/lib/exports/stix.ts';
import { actorType } from '../../src/lib/seo/json-ld.ts';
import { SITEMAP_EXCLUDED_PREFIXES } from '../../src/lib/seo/sitemap-filter.ts';
import { materialise } from '../helpers/fixture-content.ts';
import { runCli } from '../helpers/run-cli.ts';
import { realIndex } from './real-index.ts';

const SITE = 'https://news.example.net/';
const scratch = mkdtempSync(path.join(tmpdir(), 'casefile-seo-'));
const outDir = path.join(scratch, 'site');
let index: ContentIndex<Entity>;

beforeAll(async () => {
  const result = runCli('build', ['--out', outDir], { CASEFILE_SITE: SITE });
  if (result.status !== 0) throw new Error(`build failed:\n${result.stdout}\n${result.stderr}`);
  index = await realIndex();
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Every built HTML page as [site path, html]. */
function pages(): [string, string][] {
  return readdirSync(outDir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.html'))
    .sort()
    .map((name) => {
      const page = `/${name.split(path.sep).join('/')}`;
      return [page.replace(/index\.html$/, ''), readFileSync(path.join(outDir, name), 'utf8')];
    });
}

type HastNode = {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
  value?: string;
};

function headOf(html: string) {
  const meta = new Map<string, string>();
  const links = new Map<string, string>();
  const ld: unknown[] = [];
  const visit = (node: HastNode) => {
    if (node.type === 'element') {
      const props = node.properties ?? {};
      if (node.tagName === 'meta') {
        const key = (props['property'] ?? props['name']) as string | undefined;
        if (key) meta.set(key, String(props['content']));
      }
      if (node.tagName === 'link')
        links.set(`${(props['rel'] as string[]).join(' ')} ${props['type'] ?? ''}`.trim(), String(props['href']));
      if (node.tagName === 'script' && props['type'] === 'application/ld+json') {
        ld.push(JSON.parse((node.children ?? []).map((child) => child.value ?? '').join('')));
      }
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(fromHtml(html) as unknown as HastNode);
  return { meta, links, ld };
}

/** The schema.org type a page's path calls for. */
function expectedType(page: string): string {
  const [collection, id, ...rest] = page.split('/').filter(Boolean);
  if (!collection) return 'NewsArticle';
  const known = ['actors', 'sanctions', 'quotes', 'timeline', 'sources'];
  if (!known.includes(collection) || rest.length > 0) return 'WebPage';
  if (!id) return 'CollectionPage';
  const entity = index.byId.get(id);
  if (!entity || entity.collection !== collection) return 'WebPage';
  if (entity.collection === 'actors') return actorType(entity.data.kind);
  const byCollection: Partial<Record<string, string>> = { quotes: 'Quotation', timeline: 'Event' };
  return byCollection[entity.collection] ?? 'WebPage';
}

function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 8).toString('hex'), file).toBe('89504e470d0a1a0a');
  expect(bytes.subarray(12, 16).toString('latin1'), file).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const fileFor = (url: string) => {
  const local = decodeURIComponent(new URL(url).pathname);
  return path.join(outDir, local.endsWith('/') ? path.join(local, 'index.html') : local);
};

describe('built pages', () => {
  it('each carry one JSON-LD block of the type their path calls for', () => {
    const built = pages();
    expect(built.length).toBeGreaterThan(100);
    for (const [page, html] of built) {
      const { ld } = headOf(html);
      expect(ld, page).toHaveLength(1);
      const [block] = ld as { '@context': string; '@type': string }[];
      expect(block!['@context'], page).toBe('https://schema.org');
      expect(block!['@type'], page).toBe(expectedType(page));
    }
  });

  it('each have a canonical URL, Open Graph and Twitter meta, and a 1200×630 PNG share image that exists', () => {
    const images = new Set<string>();
    for (const [page, html] of pages()) {
      const { meta, links } = headOf(html);
      if (!/404/.test(page)) {
        expect(links.get('canonical'), page).toBe(new URL(page, SITE).href);
        expect(meta.get('og:url'), page).toBe(new URL(page, SITE).href);
      }
      for (const key of [
        'og:title',
        'og:description',
        'og:type',
        'og:image:alt',
        'twitter:title',
        'twitter:description',
      ]) {
        expect(meta.get(key), `${page} ${key}`).toMatch(/\S/);
      }
      expect(meta.get('og:image:width'), page).toBe('1200');
      expect(meta.get('og:image:height'), page).toBe('630');
      expect(meta.get('twitter:card'), page).toBe('summary_large_image');
      expect(meta.get('twitter:image'), page).toBe(meta.get('og:image'));
      expect(links.get('alternate application/rss+xml'), page).toBe('/feed.xml');
      expect(links.get('alternate application/feed+json'), page).toBe('/feed.json');
      const image = meta.get('og:image')!;
      expect(image.startsWith(`${SITE}og/`), page).toBe(true);
      images.add(image);
    }
    for (const image of images) expect(pngSize(fileFor(image)), image).toEqual({ width: 1200, height: 630 });
    expect(images).toContain(`${SITE}og/actors/apt31.png`);
    expect(images).toContain(`${SITE}og/home.png`);
  });
});

describe('discovery files', () => {
  const xml = new XMLParser({
    ignoreAttributes: false,
    isArray: (name) => name === 'url' || name === 'sitemap' || name === 'item',
  });

  it('list every page in the sitemap (and only built pages), keeping filtered views out; robots.txt points at it', () => {
    const robots = readFileSync(path.join(outDir, 'robots.txt'), 'utf8');
    expect(robots).toContain(`Sitemap: ${SITE}sitemap-index.xml`);
    const sitemapIndex = xml.parse(readFileSync(path.join(outDir, 'sitemap-index.xml'), 'utf8'));
    const locs: string[] = sitemapIndex.sitemapindex.sitemap.flatMap((entry: { loc: string }) => {
      expect(entry.loc.startsWith(SITE)).toBe(true);
      return xml.parse(readFileSync(fileFor(entry.loc), 'utf8')).urlset.url.map((url: { loc: string }) => url.loc);
    });
    for (const loc of locs) {
      expect(existsSync(fileFor(loc)), loc).toBe(true);
      const local = new URL(loc).pathname.slice(1);
      expect(
        SITEMAP_EXCLUDED_PREFIXES.some((prefix) => local.startsWith(prefix)),
        loc,
      ).toBe(false);
    }
    const expected = pages()
      .map(([page]) => page)
      .filter(
        (page) => page.endsWith('/') && !SITEMAP_EXCLUDED_PREFIXES.some((prefix) => page.slice(1).startsWith(prefix)),
      )
      .map((page) => new URL(page, SITE).href);
    expect(new Set(locs)).toEqual(new Set(expected));
  });

  it('publish the feeds and the STIX bundle from the same model, byte for byte what the generators give', () => {
    const rss = xml.parse(readFileSync(path.join(outDir, 'feed.xml'), 'utf8'));
    expect(rss.rss.channel.link).toBe(SITE);
    expect(rss.rss.channel.item.length).toBeGreaterThanOrEqual(1);
    const feed = JSON.parse(readFileSync(path.join(outDir, 'feed.json'), 'utf8'));
    expect(feed).toMatchObject({ version: 'https://jsonfeed.org/version/1.1', feed_url: `${SITE}feed.json` });
    const stix = readFileSync(path.join(outDir, 'data', 'casefile.stix.json'), 'utf8');
    expect(stix).toBe(stixBundleJson(index, { site: SITE, base: '/' }));
  });
});

describe('hostile content', () => {
  it('round-trips through JSON-LD, Open Graph and the feeds without breaking out of its element', () => {
    const project = materialise(path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'hostile-json-ld'));
    try {
      const hostileOut = path.join(scratch, 'hostile');
      const result = runCli('build', ['--content', project.contentDir, '--out', hostileOut], { CASEFILE_SITE: SITE });
      expect(result.status, result.stdout + result.stderr).toBe(0);
      const name = 'Jane </script><script>alert(1)</script><!-- Doe';
      // The fixture's U+2028 and U+2029 become spaces when the role is read (src/schemas/text.ts);
      // tests/seo/json-ld.test.ts escapes them in the data block directly.
      const role = 'Speaks "in" the tests, & ends lines with and  </SCRIPT > too.';
      const html = readFileSync(path.join(hostileOut, 'actors', 'jane-doe', 'index.html'), 'utf8');
      const { ld, meta } = headOf(html);
      expect(ld).toEqual([expect.objectContaining({ '@type': 'Person', name, description: role })]);
      const page = (ld[0] as { mainEntityOfPage: { correction: { text: string }[] } }).mainEntityOfPage;
      expect(page.correction).toEqual([
        expect.objectContaining({ '@type': 'CorrectionComment', text: expect.stringContaining('</script>') }),
      ]);
      // Nothing after the data block was swallowed: the body is still there, and no script ran.
      expect(html).toContain('<main');
      const block = /<script type="application\/ld\+json">([^]*?)<\/script>/.exec(html)![1]!;
      expect(block).not.toMatch(/[<>\u2028\u2029]/);
      expect(meta.get('og:title')).toBe(name);
      const rss = readFileSync(path.join(hostileOut, 'feed.xml'), 'utf8');
      const items = new XMLParser({ isArray: (tag) => tag === 'item' }).parse(rss).rss.channel.item;
      expect(items[0].description).toBe('We said she was </script> a minister; she was a deputy minister.');
      const feed = JSON.parse(readFileSync(path.join(hostileOut, 'feed.json'), 'utf8'));
      expect(feed.items[0].title).toBe(`Correction: ${name}`);
      expect(pngSize(path.join(hostileOut, 'og', 'actors', 'jane-doe.png'))).toEqual({ width: 1200, height: 630 });
    } finally {
      project.cleanup();
    }
  });
});
