/**
 * The story overview: exactly one entry, `content/story/<id>.md`, which becomes the home page.
 * The body is the long-form explainer, citing sources.
 */
import { z } from 'astro/zod';
import { entityRef, sourceList } from './entity-ref.ts';
import { updateLog } from './update-log.ts';
import { partialDate } from './partial-date.ts';

/** How well established a claim is. */
export const KNOWLEDGE_STATUSES = ['confirmed', 'alleged', 'denied', 'unknown'] as const;
export type KnowledgeStatus = (typeof KNOWLEDGE_STATUSES)[number];

/**
 * What each status word means on this site: the one wording, used by the status field's
 * description below, the home page's legend and the About page.
 */
export const KNOWLEDGE_STATUS_WORDS: Record<KnowledgeStatus, { readonly label: string; readonly definition: string }> =
  {
    confirmed: { label: 'Confirmed', definition: 'established by primary sources' },
    alleged: { label: 'Alleged', definition: 'asserted, not proven' },
    denied: { label: 'Denied', definition: 'disputed by a party' },
    unknown: { label: 'Unknown', definition: 'not established either way by the sources read for this site' },
  };

/**
 * The probability words of the UK's intelligence yardstick, as assessments use them. The site
 * quotes them exactly, so the schema accepts only these.
 */
export const CONFIDENCE_TERMS = [
  'almost certain',
  'highly likely',
  'likely',
  'realistic possibility',
  'unlikely',
  'highly unlikely',
  'remote chance',
] as const;

const campaignSchema = z
  .strictObject({
    name: z
      .string()
      .trim()
      .min(1)
      .max(80)
      .describe('A short name for the campaign, e.g. "The Electoral Commission compromise".'),
    summary: z
      .string()
      .trim()
      .min(1)
      .max(300)
      .describe('What happened, in one sentence of our own words. The period comes from `event`; do not repeat it.'),
    event: entityRef(
      'The timeline event for the campaign itself (e.g. ec-access-period). Its date is shown as the period, so the date is never typed twice.',
      { collections: ['timeline'] },
    ),
    blamed: entityRef(
      'The actor the attribution names, if it names one (e.g. apt31). Leave it out when no group was named.',
      { collections: ['actors'] },
    ).optional(),
    blamedDescription: z
      .string()
      .trim()
      .min(1)
      .max(120)
      .describe(
        'How the attribution describes who is responsible, after the name when `blamed` is given: "a Chinese state-affiliated group" (for APT31), or without one "an unnamed Chinese state-affiliated entity".',
      ),
    confidence: z
      .enum(CONFIDENCE_TERMS)
      .describe('The exact probability words of the assessment, e.g. "highly likely" or "almost certain".'),
    assessedBy: entityRef('Whose assessment the confidence words are: an actor id, e.g. uk-ncsc.', {
      collections: ['actors'],
      actorKinds: ['government-body', 'regulator', 'state'],
    }),
    announcedBy: entityRef(
      'Who made the assessment public: an actor id, e.g. united-kingdom (shown as "the UK government").',
      { collections: ['actors'], actorKinds: ['state', 'government-body', 'person'] },
    ),
    announcedIn: entityRef('The timeline event in which the attribution was announced, e.g. uk-attribution.', {
      collections: ['timeline'],
    }),
    sources: sourceList('Sources for the campaign, who is blamed and the confidence words.'),
  })
  .describe('One attributed campaign.');

export const storySchema = z
  .strictObject({
    headline: z.string().trim().min(1).describe('The page headline.'),
    shortTitle: z
      .string()
      .trim()
      .min(1)
      .max(60)
      .describe(
        'A short name for the site, shown in the header and every page title, e.g. "UK–China cyber attribution".',
      ),
    standfirst: z.string().trim().min(1).describe('One or two sentences under the headline saying what the story is.'),
    summary: z.string().trim().min(1).describe('A paragraph summing up the story for a reader who reads nothing else.'),
    published: partialDate('The day the explainer was first published: YYYY-MM-DD.'),
    updates: updateLog(),
    authors: z.array(z.string().trim().min(1)).min(1).describe('Who wrote and checked it, by name.'),
    keyPoints: z
      .array(
        z.strictObject({
          text: z.string().trim().min(1).describe('One key point, one sentence.'),
          sources: sourceList('Sources for the point.'),
        }),
      )
      .min(1)
      .describe('The points a reader must take away, each sourced.'),
    stateOfKnowledge: z
      .array(
        z.strictObject({
          claim: z
            .string()
            .trim()
            .min(1)
            .describe('The claim, stated neutrally, e.g. "APT31 carried out the 2021 reconnaissance".'),
          status: z
            .enum(KNOWLEDGE_STATUSES)
            .describe(
              KNOWLEDGE_STATUSES.map((status) => `${status} (${KNOWLEDGE_STATUS_WORDS[status].definition})`).join(
                ', ',
              ) + '.',
            ),
          detail: z.string().trim().min(1).describe('Who says what, and why the status is what it is.').optional(),
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
