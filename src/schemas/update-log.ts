/**
 * The update log: every entry may say when it changed and why. It is the only source of "last
 * updated" on pages, `dateModified` in JSON-LD, `modified` in STIX and the feeds. File times, git
 * dates and the clock are never read, so two builds of the same content are identical.
 */
import { z } from 'astro/zod';
import { proseText } from './text.ts';
import { sourceList } from './entity-ref.ts';
import { partialDate } from './partial-date.ts';

/** An update adds or refines; a correction fixes something that was wrong. */
export const UPDATE_KINDS = ['update', 'correction'] as const;

const updateSchema = z
  .strictObject({
    date: partialDate('The day the change was published: YYYY-MM-DD.'),
    kind: z
      .enum(UPDATE_KINDS)
      .default('update')
      .describe('update (new or refined information) or correction (something published was wrong).'),
    summary: proseText(
      'What changed, in one or two sentences. A correction says what was wrong and what is right, e.g. "We said the ambassador was summoned; it was the chargé d\'affaires."',
    ),
    sources: sourceList('Sources for the new or corrected information, if the change rests on any.'),
  })
  .superRefine((update, ctx) => {
    if (
      update.kind === 'correction' &&
      !/\b(was|were|said|stated|gave|wrong|incorrect|misstated)\b/i.test(update.summary)
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['summary'],
        message:
          'a correction must say what was wrong, e.g. "We said X; in fact Y" or "The date was given as 2021; it is 2022"',
      });
    }
  });

/** The `updates:` field every collection's schema carries. */
export function updateLog() {
  return z
    .array(updateSchema)
    .default([])
    .describe(
      'Changes to this entry after it was first published, oldest first: [{ date, kind: update | correction, summary, sources }].',
    );
}

export type UpdateLogEntry = z.output<typeof updateSchema>;
