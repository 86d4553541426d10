/**
 * The story's at-a-glance fields: the attributed campaigns shown on the home page, each with who
 * is blamed, the exact confidence words and whose assessment they are. Part of the story schema
 * (src/schemas/story.ts); kept here so that file stays short.
 */
import { z } from 'astro/zod';
import { labelText, proseText } from './text.ts';
import { entityRef, sourceList } from './entity-ref.ts';

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

export const campaignSchema = z
  .strictObject({
    name: labelText('A short name for the campaign, e.g. "The Electoral Commission compromise".', { max: 80 }),
    summary: proseText(
      'What happened, in one sentence of our own words. The period comes from `event`; do not repeat it.',
      300,
    ),
    event: entityRef(
      'The timeline event for the campaign itself (e.g. ec-access-period). Its date is shown as the period, so the date is never typed twice.',
      { collections: ['timeline'] },
    ),
    blamed: entityRef(
      'The actor the attribution names, if it names one (e.g. apt31). Leave it out when no group was named.',
      { collections: ['actors'] },
    ).optional(),
    blamedDescription: labelText(
      'How the attribution describes who is responsible, after the name when `blamed` is given: "a Chinese state-affiliated group" (for APT31), or without one "an unnamed Chinese state-affiliated entity".',
      { max: 120 },
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
