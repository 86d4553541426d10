/**
 * The story overview: exactly one entry, `content/story/<id>.md`, which becomes the home page.
 * The body is the long-form explainer, citing sources.
 */
import { z } from 'astro/zod';
import { TEXT_MAX, labelText, proseText } from './text.ts';
import { campaignSchema } from './story-campaign.ts';
import { entityRef, sourceList } from './entity-ref.ts';
import { updateLog } from './update-log.ts';
import { partialDate } from './partial-date.ts';
import { describeKnowledgeStatuses, KNOWLEDGE_STATUSES } from './knowledge-status.ts';

// Re-exported so existing imports from the story schema keep working.
export { KNOWLEDGE_STATUSES } from './knowledge-status.ts';

export const storySchema = z
  .strictObject({
    headline: labelText('The page headline.', { max: TEXT_MAX.title }),
    shortTitle: labelText(
      'A short name for the site, shown in the header and every page title, e.g. "UK–China cyber attribution".',
      { max: 60 },
    ),
    standfirst: proseText('One or two sentences under the headline saying what the story is.'),
    summary: proseText('A paragraph summing up the story for a reader who reads nothing else.', TEXT_MAX.paragraph),
    published: partialDate('The day the explainer was first published: YYYY-MM-DD.'),
    updates: updateLog(),
    authors: z.array(labelText('One author, by name.')).min(1).describe('Who wrote and checked it, by name.'),
    keyPoints: z
      .array(
        z.strictObject({
          text: proseText('One key point, one sentence.'),
          sources: sourceList('Sources for the point.'),
        }),
      )
      .min(1)
      .describe('The points a reader must take away, each sourced.'),
    stateOfKnowledge: z
      .array(
        z.strictObject({
          claim: labelText('The claim, stated neutrally, e.g. "APT31 carried out the 2021 reconnaissance".', {
            max: TEXT_MAX.title,
          }),
          status: z.enum(KNOWLEDGE_STATUSES).describe(describeKnowledgeStatuses()),
          detail: proseText('Who says what, and why the status is what it is.', TEXT_MAX.paragraph).optional(),
          attributedTo: z
            .array(entityRef('An actor who makes or disputes the claim.', { collections: ['actors'] }))
            .default([])
            .describe('Who makes (or denies) the claim.'),
          sources: sourceList('Sources for the claim and its status.'),
        }),
      )
      .min(1)
      .describe('What is known, alleged, denied and unknown, each item sourced.'),
    campaigns: z
      .array(campaignSchema)
      .max(4)
      .default([])
      .describe(
        "The attributed campaigns, for the home page's at-a-glance panel: [{ name, summary, event, blamed, blamedDescription, confidence, assessedBy, announcedBy, announcedIn, sources }].",
      ),
    measuresAnnounced: partialDate(
      'The day or days the measures answering the attribution were announced, e.g. 2024-03-25/2024-03-26. The at-a-glance panel lists every designation, indictment, reward offer and diplomatic summons in content/sanctions/ announced then.',
      { allowRange: true },
    ).optional(),
    responses: z
      .array(entityRef("A quote giving the accused side's answer.", { collections: ['quotes'] }))
      .max(4)
      .default([])
      .describe(
        "Quotes that give the response of those blamed (e.g. China's embassy and foreign ministry), in the order to show them; speaker, date and event come from the quote.",
      ),
    keyDates: z
      .array(entityRef('A timeline event whose date matters to the story.', { collections: ['timeline'] }))
      .max(10)
      .default([])
      .describe(
        'The 6 to 10 dates that matter, as timeline event ids in order of time; each is shown with its date and what the date means (dateMeaning).',
      ),
  })
  .describe('The story overview.');

export type StoryData = z.output<typeof storySchema>;
