/**
 * A timeline event, one per file in `content/timeline/<id>.md`.
 * The body tells what happened, in our own words, citing sources.
 */
import { z } from 'astro/zod';
import { TEXT_MAX, labelText } from './text.ts';
import { entityRef, sourceList } from './entity-ref.ts';
import { provenanceList } from './provenance.ts';
import { updateLog } from './update-log.ts';
import { DATE_QUALIFIERS, PRECISIONS, partialDate, timeZone } from './partial-date.ts';

/**
 * What the date of an event means. First access, detection, disclosure and attribution of the same
 * intrusion are different events with different dates; this field keeps them apart.
 */
export const DATE_MEANINGS = [
  'occurred',
  'began',
  'ended',
  'detected',
  'disclosed',
  'attributed',
  'announced',
  'reported',
  'published',
] as const;

const SEASONS = new Set(['spring', 'summer', 'autumn', 'winter']);

export const timelineEventSchema = z
  .strictObject({
    title: labelText('What happened, in a short sentence, e.g. "Electoral Commission discloses the cyber-attack".', {
      max: TEXT_MAX.title,
    }),
    date: partialDate('When: YYYY, YYYY-MM, YYYY-MM-DD, or a range START/END such as 2021-08/2022-10.', {
      allowRange: true,
    }),
    precision: z
      .enum(PRECISIONS)
      .describe('How precise the date is: day, month, year or range. It must agree with the date as written.'),
    qualifier: z
      .enum(DATE_QUALIFIERS)
      .describe(
        'A softening word for the date: early, mid, late, spring, summer, autumn, winter, before, after or around.',
      )
      .optional(),
    timeZone: timeZone(
      'The time zone the date is given in, where it matters: NZ and Australian statements of 26 March came out on 25 March in the UK.',
    ).optional(),
    order: z
      .int()
      .min(1)
      .max(99)
      .describe(
        'Where several events share the same date, their order within it: 1 comes first. Set it on every event of that date, so that a statement comes before the reactions to it. It orders the list; it does not claim a time of day.',
      )
      .optional(),
    keyDate: labelText(
      'Marks one of the few dates that matter most (first access, detection, disclosure, attribution …): a short label, shown on the visual timeline, e.g. "Electoral Commission discloses the attack".',
      { max: 40 },
    ).optional(),
    dateMeaning: z
      .enum(DATE_MEANINGS)
      .describe(
        'What the date marks: occurred, began, ended, detected, disclosed, attributed, announced, reported or published.',
      ),
    actors: z
      .array(entityRef('An actor involved in the event.', { collections: ['actors'] }))
      .default([])
      .describe('Actors involved: actor ids.'),
    related: z
      .array(entityRef('Another event or a measure linked to this one.', { collections: ['timeline', 'sanctions'] }))
      .default([])
      .describe('Linked timeline events or measures.'),
    sources: sourceList('Sources for the event and its date. At least one.'),
    provenance: provenanceList(),
    updates: updateLog(),
  })
  .superRefine((event, ctx) => {
    if (event.qualifier && SEASONS.has(event.qualifier) && event.precision !== 'year') {
      ctx.addIssue({
        code: 'custom',
        path: ['qualifier'],
        message: `"${event.qualifier}" qualifies a year; use precision: year with a date such as 2020`,
      });
    }
    if (event.qualifier && event.precision === 'range') {
      ctx.addIssue({
        code: 'custom',
        path: ['qualifier'],
        message: 'a range cannot have a qualifier; give the softened date as a single date instead',
      });
    }
  })
  .describe('One event on the timeline.');

export type TimelineEventData = z.output<typeof timelineEventSchema>;
