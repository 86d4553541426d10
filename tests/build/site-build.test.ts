/**
 * `npm run build` end to end on fixture content: HTML in frontmatter is escaped, and a misspelt id
 * stops the build with the checker's message while the previous output stays untouched. (The
 * real content's build is checked page by page in tests/site/built-pages.test.ts.)
 * Builds run one after another (vitest runs a file's tests in order): they share Astro's caches.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURES, materialise, PROJECT_ROOT } from '../helpers/fixture-content.ts';
import { hasStackTrace, runCli } from '../helpers/run-cli.ts';

const scratch = mkdtempSync(path.join(tmpdir(), 'casefile-build-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function pageFor(outDir: string, href: string): string {
  return path.join(outDir, ...href.split('/').filter(Boolean), 'index.html');
}

// Tests in one file run one after another, which these builds need.
describe('npm run build', () => {
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

  it('shows look-alike hosts as punycode and keeps invisible controls out of the pages', () => {
    const project = materialise(path.join(FIXTURES, 'hostile', 'url-look-alike-hosts'));
    try {
      cpSync(path.join(FIXTURES, 'hostile', 'text-bidi-in-prose', 'content'), project.contentDir, { recursive: true });
      const outDir = path.join(scratch, 'look-alikes');
      const result = runCli('build', ['--content', project.contentDir, '--out', outDir]);
      expect(result.status, result.stdout + result.stderr).toBe(0);
      const source = readFileSync(pageFor(outDir, '/sources/gov-release/'), 'utf8');
      expect(source).toContain('>https://www.gov.xn--uklogin-2d7c.evil-example.com/release</a>');
      expect(source).toContain('>https://xn--pple-43d.com/release</a>');
      // Only the link text is rewritten: the href is the address as written, which the browser parses the same way.
      const actor = readFileSync(pageFor(outDir, '/actors/jane-doe/'), 'utf8');
      expect(actor).toContain('Speaks in the tests.');
      expect(actor).not.toMatch(/[\u200b\u202a-\u202e\u2028]/);
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
