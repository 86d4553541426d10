/**
 * Pure lookups for provenance (src/schemas/provenance.ts): which values of an entry's fields
 * are only reported or unconfirmed, and what a reader sees next to them. No Astro imports.
 */
import type { ProvenanceItem, ProvenanceStatus } from '../schemas/provenance.ts';

interface WithProvenance {
  readonly provenance?: readonly ProvenanceItem[];
}

/** The provenance item for `value` of `field`, or undefined when the value is as sure as its entry. */
export function provenanceOf(entity: WithProvenance, field: string, value: string): ProvenanceItem | undefined {
  return entity.provenance?.find((item) => item.field === field && item.value === value);
}

/** Every provenance item for one field, in the order written. */
export function provenanceOfField(entity: WithProvenance, field: string): ProvenanceItem[] {
  return (entity.provenance ?? []).filter((item) => item.field === field);
}

const LABELS: Record<ProvenanceStatus, { label: string; explanation: string }> = {
  reported: { label: 'reported', explanation: 'Reported by the press; no primary source we read says so.' },
  unconfirmed: { label: 'not confirmed', explanation: 'Said or implied somewhere, but not established.' },
};

/** The short word shown after a value ("travel ban, reported"). */
export function provenanceLabel(status: ProvenanceStatus): string {
  return LABELS[status].label;
}

/** A sentence for a tooltip or a note explaining the label. */
export function provenanceExplanation(status: ProvenanceStatus): string {
  return LABELS[status].explanation;
}

/**
 * The field-name → value of each item in a field, as provenance names it: plain strings as they
 * are; titles by their title, aliases by their name, affiliations by the other actor, external
 * ids by their value. The checker uses it to test that a provenance item names a real value.
 */
export function provenanceValues(fieldValue: unknown): string[] {
  if (typeof fieldValue === 'string') return [fieldValue];
  if (!Array.isArray(fieldValue)) return [];
  return fieldValue.flatMap((item: unknown) => {
    if (typeof item === 'string') return [item];
    if (item === null || typeof item !== 'object') return [];
    const record = item as Record<string, unknown>;
    for (const key of ['title', 'name', 'actor', 'value', 'target']) {
      const named = record[key];
      if (typeof named === 'string') return [named];
    }
    return [];
  });
}
