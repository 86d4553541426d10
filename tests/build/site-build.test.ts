/**
 * `npm run build` end to end: a page for every entry of the real content, and a misspelt id that
 * stops the build with the checker's message while the previous output stays untouched.
 * Builds run one after another (vitest runs a file's tests in order): they share Astro's caches.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/check-content.ts';
import { entityHref } from '../../src/lib/routes.ts';
import { FIXTURES, materialise, PROJECT_ROOT } from '../helpers/fixture-content.ts';
import { hasStackTrace, runCli } from '../helpers/run-cli.ts';

const scratch = mkdtempSync(path.join(tmpdir(), 'casefile-build-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.html'))
    .map((name) => path.join(dir, name));
}

function pageFor(outDir: string, href: string): string {
  return path.join(outDir, ...href.split('/').filter(Boolean), 'index.html');
}

// Tests in one file run one after another, which these builds need.
describe('npm run build', () => {
  it('builds a page for every entry, plus the collection indexes', async () => {
    const outDir = path.join(scratch, 'site');
    const result = runCli('build', ['--out', outDir]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);

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
    const outDir = path.join(scratch, 'site');
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

  it('escapes HTML written into frontmatter text', () => {
    const project = materialise(path.join(FIXTURES, 'hostile', 'html-in-fields'));
    try {
      const outDir = path.join(scratch, 'escaped');
      const result = runCli('build', ['--content', project.contentDir, '--out', outDir]);
      expect(result.status).toBe(0);
      const page = readFileSync(pageFor(outDir, '/actors/ruritania/'), 'utf8');
      expect(page).toContain('<h1>&lt;script&gt;alert(1)&lt;/script&gt; Ruritania</h1>');
      expect(page).not.toContain('<script>alert(1)');
    } finally {
      project.cleanup();
    }
  });

  it('refuses to build content with a misspelt actor id and leaves the last output alone', () => {
    const contentDir = path.join(scratch, 'broken', 'content');
    cpSync(path.join(PROJECT_ROOT, 'content'), contentDir, { recursive: true });
    // Misspell the speaker of the first quote by dropping a letter from the middle of the id.
    const quoteName = readdirSync(path.join(contentDir, 'quotes'))
      .filter((name) => name.endsWith('.md'))
      .sort()[0]!;
    const quote = path.join(contentDir, 'quotes', quoteName);
    const text = readFileSync(quote, 'utf8');
    const [line, speaker] = /^speaker: "?([a-z0-9-]+)"?$/m.exec(text)! as unknown as [string, string];
    const cut = Math.floor(speaker.length / 2);
    const misspelt = speaker.slice(0, cut) + speaker.slice(cut + 1);
    writeFileSync(quote, text.replace(line, `speaker: ${misspelt}`));

    const outDir = path.join(scratch, 'previous');
    mkdirSync(outDir, { recursive: true });
    writeFileSync(path.join(outDir, 'index.html'), 'last good build');

    const result = runCli('build', ['--content', contentDir, '--out', outDir]);
    expect(result.status).toBe(1);
    const reported = result.stdout.split('\n').find((candidate) => candidate.includes(`content/quotes/${quoteName}:`));
    expect(reported).toMatch(/\.md:\d+:\d+ {2}speaker: /);
    expect(reported).toContain(`speaker: no actor has the id "${misspelt}". Did you mean "${speaker}"?  [unknown-id]`);
    expect(hasStackTrace(result.stdout + result.stderr)).toBe(false);
    expect(readFileSync(path.join(outDir, 'index.html'), 'utf8')).toBe('last good build');
  });
});
