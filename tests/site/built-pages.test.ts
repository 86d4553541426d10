/**
 * The real content's build (made once for the site tests): a page for every entry, and pages that
 * need no inline script or style, carry the security policy and link safely.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/check-content.ts';
import { HEADING_ID_PREFIX } from '../../src/lib/body-links.ts';
import { entityHref } from '../../src/lib/routes.ts';
import { metaContentSecurityPolicy } from '../../src/lib/security-policy.ts';
import { BUILT_SITE } from '../helpers/built-site.ts';
import { PROJECT_ROOT } from '../helpers/fixture-content.ts';

const outDir = BUILT_SITE;

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.html'))
    .map((name) => path.join(dir, name));
}

function pageFor(dir: string, href: string): string {
  return path.join(dir, ...href.split('/').filter(Boolean), 'index.html');
}

describe('the built site', () => {
  it('builds a page for every entry, plus the collection indexes', async () => {
    const { index } = await checkContent({ contentDir: path.join(PROJECT_ROOT, 'content'), projectRoot: PROJECT_ROOT });
    expect(index.all.length).toBeGreaterThan(10);
    for (const entity of index.all) {
      expect(
        existsSync(pageFor(outDir, entityHref(entity.collection, entity.id))),
        `${entity.collection}/${entity.id}`,
      ).toBe(true);
    }
    for (const section of ['actors', 'sanctions', 'quotes', 'timeline', 'sources']) {
      expect(existsSync(pageFor(outDir, `/${section}/`)), section).toBe(true);
    }
    const home = readFileSync(pageFor(outDir, '/'), 'utf8');
    expect(home).toContain(`<h1>${index.byCollection.story[0]!.data.headline}</h1>`);
  });

  it('serves pages that need no inline script or style, with the security policy and safe links', () => {
    const pages = htmlFiles(outDir);
    expect(pages.length).toBeGreaterThan(100);
    const headers = readFileSync(path.join(outDir, '_headers'), 'utf8');
    expect(headers).toMatch(/^\/\*\n {2}Content-Security-Policy: .*script-src 'self' 'wasm-unsafe-eval';/m);

    for (const page of pages) {
      const html = readFileSync(page, 'utf8');
      const where = path.relative(outDir, page);
      const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1];
      expect(csp, where).toBeDefined();
      expect(csp, where).not.toContain('unsafe-inline');
      // One policy, the header's, first in <head> after the charset: before the title and the
      // description, which hold content (issue 14).
      expect(html.match(/http-equiv="content-security-policy"/g), where).toHaveLength(1);
      expect(csp, where).toBe(metaContentSecurityPolicy());
      expect(html, where).toMatch(
        /<head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="[^"]+">/,
      );
      // The one inline script allowed is a JSON-LD data block, which browsers never execute.
      expect(html, where).not.toMatch(/<script(?![^>]*\b(?:src=|type="application\/ld\+json"))[^>]*>/);
      expect(html, where).not.toMatch(/<style\b/);
      expect(html, where).not.toMatch(/\sstyle="/);
      for (const [, tag] of html.matchAll(/(<a\b[^>]*\bhref="https?:[^"]*"[^>]*>)/g)) {
        expect(tag, where).toMatch(/\brel="noopener noreferrer"/);
      }
      for (const [, href] of html.matchAll(/\bhref="(\/[^"#]*)(?:#[^"]*)?"/g)) {
        const target = path.join(outDir, decodeURIComponent(href!));
        expect(existsSync(target.endsWith('/') ? path.join(target, 'index.html') : target), `${where} → ${href}`).toBe(
          true,
        );
      }
    }
  });

  it('gives body headings ids no other element on the page can have (issue 14)', () => {
    for (const page of htmlFiles(outDir)) {
      const html = readFileSync(page, 'utf8');
      const where = path.relative(outDir, page);
      const ids = [...html.matchAll(/<([a-z][a-z0-9]*)\b[^>]*?\sid="([^"]*)"/g)].map(([, tag, id]) => ({ tag, id }));
      expect(new Set(ids.map(({ id }) => id)).size, where).toBe(ids.length);
      // Every other id is single hyphens between words, so a double hyphen marks a body heading.
      for (const { tag, id } of ids) {
        if (id!.includes('--')) {
          expect(id!.startsWith(HEADING_ID_PREFIX), `${where}: ${id}`).toBe(true);
          expect(tag, `${where}: ${id}`).toMatch(/^h[2-6]$/);
        }
      }
    }
  });
});
