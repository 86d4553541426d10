/**
 * The search page's client script: Pagefind's JS API with our own small UI, because Pagefind's
 * default UI injects inline styles that the site's Content-Security-Policy (style-src 'self')
 * blocks. Loaded as an external module by Astro; nothing here runs on any other page.
 *
 * Excerpts arrive as HTML with <mark> around matches. They are parsed in an inert document and
 * rebuilt from text nodes and <mark> elements only, so page text can never become markup.
 */

interface PagefindResultData {
  readonly url: string;
  readonly excerpt: string;
  readonly meta: Readonly<Record<string, string | undefined>>;
  readonly filters: Readonly<Record<string, readonly string[] | undefined>>;
}

interface PagefindModule {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(
    term: string,
    options?: { filters?: Record<string, unknown> },
  ): Promise<{ results: { id: string; data(): Promise<PagefindResultData> }[] } | null>;
  filters(): Promise<Record<string, Record<string, number> | undefined>>;
}

/** How many results to show; Pagefind ranks them, and a reader rarely needs more. */
const MAX_RESULTS = 20;
const TYPING_DELAY_MS = 250;

/** The excerpt's text and <mark> elements, and nothing else. */
export function excerptNodes(html: string, doc: Document = document): Node[] {
  const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  const nodes: Node[] = [];
  for (const child of parsed.body.childNodes) {
    if (child.nodeName === 'MARK') {
      const mark = doc.createElement('mark');
      mark.textContent = child.textContent;
      nodes.push(mark);
    } else {
      nodes.push(doc.createTextNode(child.textContent ?? ''));
    }
  }
  return nodes;
}

function required<T extends Element>(root: ParentNode, selector: string): T {
  const element = root.querySelector<T>(selector);
  if (!element) throw new Error(`search page is missing ${selector}`);
  return element;
}

export async function startSearch(root: HTMLElement, base: string): Promise<void> {
  const form = required<HTMLFormElement>(root, '[data-search-form]');
  const input = required<HTMLInputElement>(root, '[data-search-input]');
  const status = required<HTMLElement>(root, '[data-search-status]');
  const list = required<HTMLOListElement>(root, '[data-search-results]');
  const fallback = required<HTMLElement>(root, '[data-search-fallback]');
  const typeItems = [...root.querySelectorAll<HTMLElement>('[data-search-type]')];
  const boxes = typeItems.map((item) => required<HTMLInputElement>(item, 'input[type="checkbox"]'));
  // What one result of a type is called ("Actor"), from the filter the page rendered.
  const typeLabel = (value: string) =>
    typeItems.find((item) => item.dataset['searchType'] === value)?.dataset['searchSingular'] ?? value;
  const typesLabel = (value: string) =>
    typeItems.find((item) => item.dataset['searchType'] === value)?.dataset['searchPlural'] ?? value;

  let pagefind: PagefindModule;
  try {
    pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as PagefindModule;
    await pagefind.options({ baseUrl: base, excerptLength: 24, ranking: { metaWeights: { title: 5, names: 10 } } });
    await pagefind.init();
  } catch {
    status.textContent = 'Search could not be loaded. The section indexes below list every page.';
    return;
  }

  // Show only the types the index holds, each with its number of pages. A type the page did not
  // expect (a new section) gets a checkbox too, named by its filter value.
  const counts = (await pagefind.filters())['type'] ?? {};
  const typeList = typeItems[0]?.parentElement;
  for (const value of Object.keys(counts).sort()) {
    if (!typeList || typeItems.some((item) => item.dataset['searchType'] === value)) continue;
    const item = document.createElement('li');
    item.dataset['searchType'] = value;
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.name = 'type';
    box.value = value;
    box.id = `search-type-${value.replace(/[^a-z0-9-]/gi, '-')}`;
    const label = document.createElement('label');
    label.htmlFor = box.id;
    label.append(`${value} `);
    const badge = document.createElement('span');
    badge.className = 'search-type-count';
    badge.dataset['searchCount'] = '';
    label.append(badge);
    item.append(box, label);
    typeList.append(item);
    typeItems.push(item);
    boxes.push(box);
  }
  for (const [i, item] of typeItems.entries()) {
    const count = counts[boxes[i]!.value];
    item.hidden = !count;
    const badge = item.querySelector('[data-search-count]');
    if (badge && count) badge.textContent = `(${count})`;
  }
  const params = new URLSearchParams(window.location.search);
  input.value = params.get('q') ?? '';
  const wanted = new Set(params.getAll('type'));
  for (const box of boxes) box.checked = wanted.has(box.value);
  fallback.hidden = true;
  form.hidden = false;

  let latest = 0;
  const run = async () => {
    const term = input.value.trim();
    const types = boxes.filter((box) => box.checked).map((box) => box.value);
    const url = new URL(window.location.href);
    url.search = '';
    if (term) url.searchParams.set('q', term);
    for (const type of types) url.searchParams.append('type', type);
    window.history.replaceState(null, '', url);

    const ticket = ++latest;
    if (!term) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    const search = await pagefind.search(term, types.length > 0 ? { filters: { type: { any: types } } } : {});
    const found = search?.results ?? [];
    const data = await Promise.all(found.slice(0, MAX_RESULTS).map((result) => result.data()));
    if (ticket !== latest) return; // a newer search has started; drop this one
    list.replaceChildren(...data.map((result) => resultItem(result, term, typeLabel)));
    const shown = found.length > MAX_RESULTS ? `, showing the first ${MAX_RESULTS}` : '';
    const scope = types.length > 0 ? ` in ${types.map(typesLabel).join(', ')}` : '';
    status.textContent =
      found.length === 0
        ? `No results for “${term}”${scope}.`
        : `${found.length} ${found.length === 1 ? 'result' : 'results'} for “${term}”${scope}${shown}.`;
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), TYPING_DELAY_MS);
  });
  for (const box of boxes) box.addEventListener('change', () => void run());
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void run();
  });
  if (input.value.trim()) await run();
}

/** The page's other names that contain the search term, when its title does not: why it matched. */
export function matchingNames(names: string | undefined, title: string, term: string): string[] {
  const needle = term.toLocaleLowerCase('en-GB');
  if (!names || title.toLocaleLowerCase('en-GB').includes(needle)) return [];
  return names.split(' · ').filter((name) => name.toLocaleLowerCase('en-GB').includes(needle));
}

function resultItem(result: PagefindResultData, term: string, typeLabel: (value: string) => string): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'search-result';
  const heading = document.createElement('h2');
  heading.className = 'search-result-title';
  const link = document.createElement('a');
  link.href = result.url;
  const title = result.meta['title'] ?? result.url;
  link.textContent = title;
  heading.append(link);
  item.append(heading);
  const type = result.filters['type']?.[0];
  if (type) {
    const kind = document.createElement('p');
    kind.className = 'search-result-type';
    kind.textContent = typeLabel(type);
    item.append(kind);
  }
  const aka = matchingNames(result.meta['names'], title, term);
  if (aka.length > 0) {
    const names = document.createElement('p');
    names.className = 'search-result-aka';
    names.textContent = `Also known as ${aka.join(', ')}`;
    item.append(names);
  }
  const excerpt = document.createElement('p');
  excerpt.className = 'search-result-excerpt';
  excerpt.append(...excerptNodes(result.excerpt));
  item.append(excerpt);
  return item;
}
