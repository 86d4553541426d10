/**
 * Turn the markers left by `body-syntax.ts` into real links once the HTML has been sanitized:
 * `data-entity="actors/apt31"` becomes `href="/actors/apt31/"`, and `data-citation="2-1"` becomes
 * the anchor `id="cite-2-1"` that the page's numbered source list links back to.
 */
import type { Properties } from 'hast';
import { COLLECTION_NAMES, type CollectionName } from '../schemas/entity-ref.ts';
import { isValidId } from './ids.ts';
import { entityHref } from './routes.ts';

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
      // A marker we did not make (hand-written HTML): drop the link target, keep the text.
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
