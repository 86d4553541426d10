/**
 * rehype plugins around sanitizing that keep our own links apart from the editor's HTML.
 *
 * `rehypeSetAsideMarkers` runs first, before raw HTML is parsed: every element that carries a
 * mention or citation marker then can only have come from our directives (raw HTML is still a
 * string), so the markers are taken off and kept aside, keyed by where the directive stands in the
 * source. rehype-sanitize then removes every marker and class that is left, which can only be
 * hand-written (`<a data-entity>`, `<sup class="citation">`; issue 14).
 *
 * `rehypeCasefileLinks` runs after sanitizing: it puts our markers back on the elements standing
 * where our directives stood (raw HTML elements start elsewhere in the source, so they cannot
 * claim that place), turns them into mention hrefs and citation anchor ids, and classifies every
 * other href the way the browser will read it: off-site links get `rel="noopener noreferrer"`,
 * and links that hide where they go lose their href.
 */
import type { Element, Properties, Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { classifyHref, MARKER_CLASSES, resolveBodyLink } from '../lib/body-links.ts';

declare module 'vfile' {
  interface DataMap {
    /** Our markers, set aside before raw HTML is parsed, by source offset and tag name. */
    casefileMarkers: globalThis.Map<string, Properties>;
  }
}

/** The properties our directives use as markers (src/lib/body-syntax.ts). */
const MARKERS = ['className', 'dataEntity', 'dataCitation'] as const;

/** Other classes from Markdown (`language-*` on code) are left to the sanitizer. */
function carriesMarker(element: Element): boolean {
  const { className, dataEntity, dataCitation } = element.properties;
  return (
    dataEntity !== undefined ||
    dataCitation !== undefined ||
    (Array.isArray(className) && className.some((name) => MARKER_CLASSES.test(String(name))))
  );
}

/** External links never pass `window.opener` or the page address to the site they open. */
export const EXTERNAL_LINK_REL = ['noopener', 'noreferrer'];

function placeOf(element: Element): string | undefined {
  const offset = element.position?.start.offset;
  return offset === undefined ? undefined : `${offset}:${element.tagName}`;
}

export function rehypeSetAsideMarkers() {
  return (tree: Root, file: VFile): void => {
    const markers = new Map<string, Properties>();
    visit(tree, 'element', (element) => {
      if (!carriesMarker(element)) return;
      const place = placeOf(element);
      const aside: Properties = Object.fromEntries(
        MARKERS.flatMap((name) => (element.properties[name] === undefined ? [] : [[name, element.properties[name]]])),
      );
      for (const name of MARKERS) delete element.properties[name];
      if (place !== undefined) markers.set(place, aside);
    });
    file.data.casefileMarkers = markers;
  };
}

export interface CasefileLinkOptions {
  /** The site's base path, e.g. "/" or "/casefile/". */
  readonly base?: string;
}

export function rehypeCasefileLinks(options: CasefileLinkOptions = {}) {
  const base = options.base ?? '/';
  return (tree: Root, file: VFile): void => {
    const markers = file.data.casefileMarkers ?? new Map<string, Properties>();
    visit(tree, 'element', (element) => {
      const place = placeOf(element);
      const aside = place === undefined ? undefined : markers.get(place);
      if (aside) element.properties = { ...element.properties, ...aside };
      if (element.tagName !== 'a') return;
      const link = aside ? resolveBodyLink(element.properties, base) : undefined;
      if (link) {
        element.properties = link;
        return;
      }
      const href = element.properties['href'];
      if (typeof href !== 'string') return;
      const kind = classifyHref(href).kind;
      if (kind === 'blocked') delete element.properties['href'];
      else if (kind === 'external') element.properties['rel'] = [...EXTERNAL_LINK_REL];
    });
  };
}
