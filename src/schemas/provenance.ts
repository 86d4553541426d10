/**
 * Provenance: how sure one structured claim inside an entry is, when it rests on weaker evidence
 * than the entry around it. One shape for every field that holds claims (measures, titles,
 * aliases, affiliations, about, related…), so the checker, the pages and the exports treat them
 * alike. An item names the field and the value it qualifies; the field's own type is unchanged.
 */
import { z } from 'astro/zod';
import { TEXT_MAX, labelText, proseText } from './text.ts';
import { sourceList } from './entity-ref.ts';

/**
 * reported: only secondary sources carry it (a primary source would make it confirmed).
 * unconfirmed: a source says it, but it is not established (e.g. a link the sources do not make).
 */
export const PROVENANCE_STATUSES = ['reported', 'unconfirmed'] as const;
export type ProvenanceStatus = (typeof PROVENANCE_STATUSES)[number];

const provenanceItem = z.strictObject({
  field: labelText(
    'The field of this entry whose value is qualified, e.g. measures, titles, aliases, affiliations, about.',
  ),
  value: labelText(
    'The value within that field, as written there: a list item (travel-ban, cameron-wang-yi-munich), a title ("Chief Executive"), an alias name ("Judgment Panda") or an affiliated actor id (hubei-ssd).',
    { max: TEXT_MAX.title },
  ),
  status: z
    .enum(PROVENANCE_STATUSES)
    .describe(
      'reported (carried only by secondary sources, never by a primary one) or unconfirmed (said somewhere, but not established).',
    ),
  sources: sourceList('The sources this value rests on. For reported: secondary sources only.'),
  note: proseText(
    'Why it is only reported or unconfirmed, in one sentence, e.g. "The OFSI notice names only the asset freeze."',
  ).optional(),
});

/** The `provenance:` field: optional, empty by default, so every value stands as the entry does. */
export function provenanceList() {
  return z
    .array(provenanceItem)
    .default([])
    .describe(
      "Values of this entry that are less sure than the entry itself: [{ field, value, status: reported | unconfirmed, sources, note }]. Leave a value out when its sources are as good as the entry's.",
    );
}

export type ProvenanceItem = z.output<typeof provenanceItem>;
