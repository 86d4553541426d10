/**
 * Site-wide page hygiene on the real content's build: every page has one <h1>, a unique title,
 * a meta description, the document language, a favicon that exists and a skip link whose target
 * exists; the 404 page and the About page's anchors exist. Each check lists the pages that fail
 * it, so one run shows every page to fix.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KNOWLEDGE_STATUS_DEFINITIONS } from '../../src/schemas/knowledge-status.ts';
import { BUILT_SITE } from '../helpers/built-site.ts';
import { PROJECT_ROOT } from '../helpers/fixture-content.ts';
import { runCli } from '../helpers/run-cli.ts';

const scratch = mkdtempSync(path.join(tmpdir(), 'casefile-hygiene-'));
// The real content's build, made once for the site tests (tests/helpers/build-site-once.ts).
const outDir = BUILT_SITE;
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

interface BuiltPage {
  /** Site path: "/", "/actors/apt31/", "/404.html". */
  readonly where: string;
  readonly tree: Root;
}

let pages: BuiltPage[] = [];

function sitePathOf(file: string): string {
  if (file === '404.html') return '/404.html';
  const dir = path.dirname(file);
  return dir === '.' ? '/' : `/${dir.split(path.sep).join('/')}/`;
}

function elements(tree: Root, test: (element: Element) => boolean): Element[] {
  const found: Element[] = [];
  visit(tree, 'element', (node: Element) => {
    if (test(node)) found.push(node);
  });
  return found;
}

function textOf(node: Element | Root): string {
  let text = '';
  visit(node, 'text', (child: { value: string }) => {
    text += child.value;
  });
  return text;
}

function attr(element: Element, name: string): string | undefined {
  const value = element.properties[name];
  if (value === undefined || value === null || value === false) return undefined;
  return Array.isArray(value) ? value.join(' ') : String(value);
}

function pageAt(where: string): BuiltPage {
  const page = pages.find((candidate) => candidate.where === where);
  if (!page) throw new Error(`no built page at ${where}`);
  return page;
}

/** The pages for which `fails` returns true, as their site paths. */
function failing(fails: (page: BuiltPage) => boolean): string[] {
  return pages.filter(fails).map((page) => page.where);
}

beforeAll(() => {
  pages = readdirSync(outDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .sort()
    .map((file) => ({ where: sitePathOf(file), tree: fromHtml(readFileSync(path.join(outDir, file), 'utf8')) }));
});

describe('every built page', () => {
  it('was built (a sanity check on the list the other checks walk)', () => {
    expect(pages.length).toBeGreaterThan(100);
  });

  it('has exactly one <h1>', () => {
    expect(failing(({ tree }) => elements(tree, (element) => element.tagName === 'h1').length !== 1)).toEqual([]);
  });

  it('has a title of its own', () => {
    const byTitle = new Map<string, string[]>();
    for (const { where, tree } of pages) {
      // The document's own <title>, not the <title> of an inline SVG drawing.
      const head = elements(tree, (element) => element.tagName === 'head')[0]!;
      const titles = elements({ type: 'root', children: [head] }, (element) => element.tagName === 'title');
      expect(titles, where).toHaveLength(1);
      const title = textOf(titles[0]!).trim();
      expect(title, where).not.toBe('');
      byTitle.set(title, [...(byTitle.get(title) ?? []), where]);
    }
    const shared = [...byTitle]
      .filter(([, wheres]) => wheres.length > 1)
      .map(([title, wheres]) => `${title}: ${wheres}`);
    expect(shared).toEqual([]);
  });

  it('has a non-empty meta description', () => {
    expect(
      failing(({ tree }) => {
        const metas = elements(
          tree,
          (element) => element.tagName === 'meta' && attr(element, 'name') === 'description',
        );
        return metas.length !== 1 || (attr(metas[0]!, 'content') ?? '').trim() === '';
      }),
    ).toEqual([]);
  });

  it('declares lang="en-GB" on <html>', () => {
    expect(
      failing(({ tree }) => elements(tree, (element) => element.tagName === 'html')[0]?.properties['lang'] !== 'en-GB'),
    ).toEqual([]);
  });

  it('links a favicon that exists in the build', () => {
    expect(
      failing(({ tree }) => {
        const icons = elements(
          tree,
          (element) => element.tagName === 'link' && (attr(element, 'rel') ?? '').split(' ').includes('icon'),
        );
        return (
          icons.length === 0 ||
          icons.some((icon) => {
            const href = attr(icon, 'href') ?? '';
            return !href.startsWith('/') || !existsSync(path.join(outDir, href));
          })
        );
      }),
    ).toEqual([]);
  });

  it('starts with a skip link whose target exists and can take focus', () => {
    expect(
      failing(({ tree }) => {
        const body = elements(tree, (element) => element.tagName === 'body')[0];
        const first = body?.children.find((child): child is Element => child.type === 'element');
        const href = first?.tagName === 'a' ? (attr(first, 'href') ?? '') : '';
        if (!href.startsWith('#') || href.length < 2) return true;
        const targets = elements(tree, (element) => element.properties['id'] === href.slice(1));
        return targets.length !== 1 || targets[0]!.properties['tabIndex'] !== -1;
      }),
    ).toEqual([]);
  });
});

describe('the 404 page', () => {
  it('exists at /404.html, is left out of search, and links home and to the timeline', () => {
    const { tree } = pageAt('/404.html');
    expect(elements(tree, (element) => element.properties['dataPagefindBody'] !== undefined)).toEqual([]);
    const hrefs = elements(tree, (element) => element.tagName === 'main').flatMap((main) =>
      elements({ type: 'root', children: [main] }, (element) => element.tagName === 'a').map((a) => attr(a, 'href')),
    );
    expect(hrefs).toContain('/');
    expect(hrefs).toContain('/timeline/');
  });
});

describe('the About page', () => {
  it('has the anchors the home page links to, on its section headings', () => {
    const { tree } = pageAt('/about/');
    for (const id of ['confidence', 'status-words', 'corrections']) {
      const headings = elements(tree, (element) => element.properties['id'] === id);
      expect(
        headings.map((heading) => heading.tagName),
        id,
      ).toEqual(['h2']);
    }
  });

  it('defines every status word with the schema’s own definition', () => {
    const text = textOf(pageAt('/about/').tree).replace(/\s+/g, ' ');
    for (const { label, definition } of Object.values(KNOWLEDGE_STATUS_DEFINITIONS)) {
      expect(text).toContain(label);
      expect(text.toLowerCase()).toContain(definition.toLowerCase());
    }
  });

  it('is searchable, typed "page"', () => {
    const { tree } = pageAt('/about/');
    const main = elements(tree, (element) => element.tagName === 'main')[0]!;
    expect(main.properties['dataPagefindBody']).toBeDefined();
    const filters = elements(tree, (element) => element.properties['dataPagefindFilter'] === 'type');
    expect(filters.map((filter) => textOf(filter).trim())).toEqual(['page']);
  });
});

describe('corrections on the About page', () => {
  it('lists a correction made in any entry, with its date, entry and summary, and not plain updates', () => {
    const contentDir = path.join(scratch, 'corrected', 'content');
    cpSync(path.join(PROJECT_ROOT, 'content'), contentDir, { recursive: true });
    const entry = path.join(contentDir, 'actors', 'apt31.md');
    const log = [
      'updates:',
      '  - date: "2026-11-27"',
      '    kind: correction',
      '    summary: "We said the ambassador was summoned; it was the chargé d\'affaires."',
      '    sources: [fcdo]',
      '  - date: "2026-11-28"',
      '    summary: "Added two aliases."',
      '    sources: [ncsc]',
    ].join('\n');
    writeFileSync(entry, readFileSync(entry, 'utf8').replace(/^---\n/, `---\n${log}\n`));
    const correctedOut = path.join(scratch, 'corrected', 'site');
    const result = runCli('build', ['--content', contentDir, '--out', correctedOut]);
    expect(result.stdout + result.stderr).not.toContain('error');
    expect(result.status).toBe(0);

    const about = fromHtml(readFileSync(path.join(correctedOut, 'about', 'index.html'), 'utf8'));
    const section = elements(about, (element) => element.tagName === 'section').find(
      (candidate) =>
        elements({ type: 'root', children: [candidate] }, (element) => element.properties['id'] === 'corrections')
          .length,
    )!;
    const items = elements({ type: 'root', children: [section] }, (element) => element.tagName === 'li');
    const listed = items.map((item) => textOf(item).replace(/\s+/g, ' '));
    // The corrections the real content already has are listed too; every item names its day.
    expect(listed).toContain(
      "27 November 2026: APT31. We said the ambassador was summoned; it was the chargé d'affaires. Sources: Foreign, Commonwealth & Development Office",
    );
    for (const item of listed) expect(item).toMatch(/^\d{1,2} [A-Z][a-z]+ \d{4}: /);
    expect(textOf(section)).not.toContain('Added two aliases');
  });
});
