/**
 * Back-references: for each source, every place that cites it. A frontmatter field is named by
 * its path (`listReferences.sources`); a body citation by the anchor of its `[n]` marker
 * (`cite-2-1`, the first citation of the body's second source), which sits in the citing
 * paragraph. The anchors are computed exactly as `body-syntax.ts` numbers the markers, from the
 * same facts, so a link built here lands on the marker the page rendered.
 *
 * Pure: built once per build from the index, never per page.
 */
import { citationAnchorId } from '../body-links.ts';
import type { CollectionName } from '../../schemas/entity-ref.ts';

/** The least an entry needs for its citations to be traced. */
export interface CitingEntry {
  readonly collection: CollectionName;
  readonly id: string;
  /** Every reference, fields first and then the body, in file order (as the loader records them). */
  readonly references: readonly { readonly id: string; readonly via: string; readonly field: string }[];
  /** Source ids in the order the body first cites them; a source's number is its index + 1. */
  readonly citations: readonly string[];
}

export interface BackReference {
  readonly collection: CollectionName;
  /** The citing entry's id. */
  readonly from: string;
  /** Frontmatter fields that list the source, as paths without array indexes, in file order. */
  readonly fields: readonly string[];
  /** Anchors of the body's citation markers for the source, in body order. */
  readonly anchors: readonly string[];
  /** True when the body names the source with a `:source[…]` mention (a link, not a citation). */
  readonly mentioned: boolean;
}

/** `claims[2].sources` → `claims.sources`: editors know fields by name, not by position. */
export function fieldName(path: string): string {
  return path.replace(/\[\d+\]/g, '');
}

/**
 * Source id → the entries that cite it, in the order `entries` come (pass the index's `all`, which
 * is in reading order). An entry that cites itself (a source whose body cites itself) is skipped.
 */
export function buildBackReferences(
  entries: Iterable<CitingEntry>,
  isSource: (id: string) => boolean,
): ReadonlyMap<string, readonly BackReference[]> {
  const result = new Map<string, BackReference[]>();
  for (const entry of entries) {
    const places = new Map<string, { fields: string[]; anchors: string[]; mentioned: boolean }>();
    const placeOf = (id: string) => {
      let place = places.get(id);
      if (!place) places.set(id, (place = { fields: [], anchors: [], mentioned: false }));
      return place;
    };
    const occurrences = new Map<string, number>();
    for (const reference of entry.references) {
      if (reference.via === 'citation') {
        // Count every marker, even one citing the entry itself, so the numbering matches the page.
        const occurrence = (occurrences.get(reference.id) ?? 0) + 1;
        occurrences.set(reference.id, occurrence);
        const number = entry.citations.indexOf(reference.id) + 1;
        if (reference.id === entry.id || number === 0) continue;
        placeOf(reference.id).anchors.push(citationAnchorId(number, occurrence));
      } else if (reference.via === 'mention' && reference.id !== entry.id && isSource(reference.id)) {
        placeOf(reference.id).mentioned = true;
      } else if (reference.via === 'field' && reference.id !== entry.id && isSource(reference.id)) {
        const fields = placeOf(reference.id).fields;
        const name = fieldName(reference.field);
        if (!fields.includes(name)) fields.push(name);
      }
    }
    for (const [source, place] of places) {
      const list = result.get(source) ?? [];
      list.push({ collection: entry.collection, from: entry.id, ...place });
      result.set(source, list);
    }
  }
  return result;
}
