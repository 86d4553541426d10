/**
 * Every internal link of a built site resolves: the file or page exists, and a `#fragment` names
 * an element on the target page. A two-phase check, as remark-validate-links does it: collect the
 * ids of every page first, then check every reference against them.
 */
import { fromHtml } from 'hast-util-from-html';
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

export interface LinkProblem {
  /** The page the link is on, as a site path ("/actors/apt31/"). */
  readonly page: string;
  readonly href: string;
  readonly problem: string;
}

/** Attributes that point at another resource, by element. */
const LINK_ATTRIBUTES: Record<string, readonly string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  img: ['src'],
  script: ['src'],
  source: ['src'],
  form: ['action'],
};

export interface ParsedPage {
  readonly ids: ReadonlySet<string>;
  readonly links: readonly string[];
}

/** The ids a page defines and the internal references it makes. */
export function parsePage(html: string): ParsedPage {
  const tree: Root = fromHtml(html);
  const ids = new Set<string>();
  const links: string[] = [];
  visit(tree, 'element', (node: Element) => {
    const id = node.properties['id'];
    if (typeof id === 'string' && id !== '') ids.add(id);
    for (const attribute of LINK_ATTRIBUTES[node.tagName] ?? []) {
      const value = node.properties[attribute];
      if (typeof value === 'string') links.push(value);
    }
  });
  return { ids, links };
}

/**
 * The problems with internal links across a site.
 * @param pages each page's site path ("/", "/about/", "/404.html") and its parsed content
 * @param files every file of the site as a site path ("/favicon.svg", "/about/index.html")
 */
export function checkLinks(pages: ReadonlyMap<string, ParsedPage>, files: ReadonlySet<string>): LinkProblem[] {
  const problems: LinkProblem[] = [];
  for (const [page, { links }] of pages) {
    for (const href of links) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) continue; // another origin or scheme
      const url = new URL(href, `https://site.invalid${page}`);
      const target = decodeURIComponent(url.pathname);
      const targetPage = target.endsWith('/') ? target : target.endsWith('.html') ? target : undefined;
      const exists = target.endsWith('/') ? files.has(`${target}index.html`) : files.has(target);
      if (!exists) {
        problems.push({ page, href, problem: `${target} does not exist` });
        continue;
      }
      const fragment = url.hash.slice(1);
      if (fragment === '' || targetPage === undefined) continue;
      const ids = pages.get(targetPage)?.ids;
      if (!ids?.has(decodeURIComponent(fragment))) {
        problems.push({
          page,
          href,
          problem: `no element on ${targetPage} has the id "${decodeURIComponent(fragment)}"`,
        });
      }
    }
  }
  return problems;
}
