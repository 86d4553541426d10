/**
 * A quote: words someone said or wrote, verbatim, in `content/quotes/<id>.md`.
 * The body gives context in our own words, citing sources.
 */
import { z } from 'astro/zod';
import { TEXT_MAX, labelText, proseText } from './text.ts';
import { entityRef, sourceList } from './entity-ref.ts';
import { languageTag } from './language-tag.ts';
import { provenanceList } from './provenance.ts';
import { updateLog } from './update-log.ts';
import { partialDate, timeZone } from './partial-date.ts';

export const quoteSchema = z
  .strictObject({
    speaker: entityRef('Who said it: an actor id (a person, or a body when a spokesperson spoke for it).', {
      collections: ['actors'],
    }),
    speakerRole: labelText(
      'The capacity the words were spoken in, when it is not the speaker\'s own voice, e.g. "spokesperson for".',
    ).optional(),
    jointWith: z
      .array(entityRef('Another actor who signed or gave the same words.', { collections: ['actors'] }))
      .default([])
      .describe('For joint statements: the other signatories.'),
    text: proseText(
      'The words exactly as the source prints them, without surrounding quotation marks. Never paraphrase.',
      TEXT_MAX.paragraph,
    ),
    fragment: z
      .boolean()
      .default(false)
      .describe(
        'true when the text is part of a sentence quoted by someone else (e.g. MPs would not be "bullied into silence by Beijing").',
      ),
    date: partialDate('When it was said: YYYY-MM-DD, or YYYY-MM when the day is not known.'),
    timeZone: timeZone(
      'Where the day depends on where you stand, the time zone of the date, e.g. "Pacific/Auckland".',
    ).optional(),
    occasion: labelText('Where or how it was said, e.g. "IPAC press conference, London" or "DOJ press release".', {
      max: TEXT_MAX.title,
    }),
    language: languageTag('The language of the text as given, as a BCP 47 tag.').default('en'),
    about: z
      .array(
        entityRef('An actor, timeline event or measure the quote is about.', {
          collections: ['actors', 'timeline', 'sanctions'],
        }),
      )
      .default([])
      .describe('What the quote is about: actor, timeline event or measure ids.'),
    textNote: proseText(
      'Differences between copies (spelling, punctuation) or anything unverified about the wording.',
    ).optional(),
    sources: sourceList('Where the words are printed. At least one.'),
    provenance: provenanceList(),
    updates: updateLog(),
  })
  .describe('A verbatim quote.');

export type QuoteData = z.output<typeof quoteSchema>;
