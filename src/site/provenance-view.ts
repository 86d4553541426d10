/**
 * Provenance (src/schemas/provenance.ts) as pages show it: the value's own label plus, when the
 * value is only reported or unconfirmed, the mark and the links to the sources that carry it.
 */
import { provenanceOf } from '../lib/provenance.ts';
import type { ProvenanceItem } from '../schemas/provenance.ts';
import { sourceLinksOf, type LinkProps } from './view-helpers.ts';
import type { SiteModel } from './site-model.ts';

export interface ProvenanceView {
  readonly item: Pick<ProvenanceItem, 'status' | 'note'>;
  readonly sources: readonly LinkProps[];
}

interface WithProvenance {
  readonly provenance?: readonly ProvenanceItem[];
}

/** The mark for `value` of `field`, or undefined when the value is as sure as its entry. */
export function provenanceView(
  model: SiteModel,
  data: WithProvenance,
  field: string,
  value: string,
  base: string,
): ProvenanceView | undefined {
  const item = provenanceOf(data, field, value);
  return item ? { item, sources: sourceLinksOf(model, item.sources, base) } : undefined;
}
