/**
 * Turn the markers left by `body-syntax.ts` into real links once the HTML has been sanitized:
 * `data-entity="actors/apt31"` becomes `href="/actors/apt31/"`, and `data-citation="2-1"` becomes
 * the anchor `id="cite-2-1"` that the page's numbered source list links back to. Also the ids body
 * headings get, and where each link in a body goes.
 */
import type { Properties } from 'hast';
import { COLLECTION_NAMES, type CollectionName } from '../schemas/entity-ref.ts';
import { generateId, isValidId } from './ids.ts';
import { entityHref } from './routes.ts';

/**
 * The classes our directives give mentions (`mention mention-actor`) and citations (`citation`).
 * Raw HTML may not carry them: the renderer strips them and the check reports them.
 */
export const MARKER_CLASSES = /^(?:mention|mention-[a-z]+|citation)$/;

/** The anchor id of the k-th citation of source number n in a body. */
export function citationAnchorId(number: number, occurrence: number): string {
  return `cite-${number}-${occurrence}`;
}

/** The id of source number n in the page's list of sources. */
export function sourceAnchorId(number: number): string {
  return `source-${number}`;
}

/** New properties for a marked link, or undefined when the link carries no marker. */
export function resolveBodyLink(properties: Properties, base: string): Properties | undefined {
  const entity = properties['dataEntity'];
  if (typeof entity === 'string') {
    const [collection, id, ...rest] = entity.split('/');
    if (
      rest.length > 0 ||
      !id ||
      !isValidId(id) ||
      !(COLLECTION_NAMES as readonly string[]).includes(collection ?? '')
    ) {
      // A mention whose id the check rejected (`{#../../evil}`): drop the link target, keep the
      // text. Hand-written markers never get here: rehype-casefile-links.ts strips them.
      const { href: _href, dataEntity: _entity, ...kept } = properties;
      return kept;
    }
    return { ...properties, href: entityHref(collection as CollectionName, id, base) };
  }
  const citation = properties['dataCitation'];
  if (typeof citation === 'string') {
    const match = /^(\d+)-(\d+)$/.exec(citation);
    const { dataCitation: _citation, ...kept } = properties;
    if (!match) return kept;
    return { ...kept, id: citationAnchorId(Number(match[1]), Number(match[2])) };
  }
  return undefined;
}

/**
 * Every id a body heading gets starts with this. Every other id on the site is made of single
 * hyphens between words (the id rule, `ID_PATTERN`, and the components' own `cite-1-2`,
 * `source-3`, `main`, `key-dates`…), so a double hyphen can never equal one of them: `## source-1`
 * becomes `section--source-1`, not a second `source-1` that citations would land on.
 * (issue 14)
 */
export const HEADING_ID_PREFIX = 'section--';

/**
 * The anchor id of a body heading with this text: the prefix and the text made into an id by
 * the id rule, numbered when the body already used it (`taken` is updated). Text that gives no id
 * at all (only punctuation or emoji) is numbered by its place among the body's headings.
 */
export function headingAnchorId(text: string, taken: Set<string>): string {
  const slug = generateId(text) || String(taken.size + 1);
  let id = `${HEADING_ID_PREFIX}${slug}`;
  for (let n = 2; taken.has(id); n++) id = `${HEADING_ID_PREFIX}${slug}-${n}`;
  taken.add(id);
  return id;
}

/**
 * Where a link in a body takes the reader: to a page of this site, to another site, to an e-mail
 * program, or nowhere safe (`blocked`, with the reason for the editor when there is one).
 */
export type HrefClass =
  { readonly kind: 'site' | 'external' | 'mailto' } | { readonly kind: 'blocked'; readonly problem?: string };

/** Two different made-up origins: a link is site-relative only if it follows both. */
const PROBE_BASES = ['https://a.casefile.invalid/base/', 'https://b.casefile.invalid/base/'] as const;

/**
 * Classify an href with the WHATWG URL parser, the one browsers use, so that what counts as
 * on-site here is what the browser does with it: `/\evil.example/`, ` //evil.example/`,
 * `\\evil.example` and `/<TAB>/evil.example` all leave the site, because the parser strips
 * leading spaces, drops tabs and newlines, and reads `\` as `/`. An href is site-relative only
 * when it resolves onto the page's own origin from two different origins; an absolute address
 * that happens to name one of them does not follow the other.
 * https://url.spec.whatwg.org/#concept-basic-url-parser
 */
export function classifyHref(href: string): HrefClass {
  let urls: URL[];
  try {
    urls = PROBE_BASES.map((base) => new URL(href, base));
  } catch {
    return { kind: 'blocked' };
  }
  const [first, second] = urls as [URL, URL];
  if (first.protocol === 'mailto:') return { kind: 'mailto' };
  if (first.protocol !== 'https:' && first.protocol !== 'http:') return { kind: 'blocked' };
  if (first.username || first.password) {
    return {
      kind: 'blocked',
      problem: `the link "${href}" contains a user name or password, so it does not go where it seems to; remove the part before "@"`,
    };
  }
  const onSite = first.host === new URL(PROBE_BASES[0]).host && second.host === new URL(PROBE_BASES[1]).host;
  return { kind: onSite ? 'site' : 'external' };
}
