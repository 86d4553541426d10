/**
 * An actor: a person, state, body, company or group that plays a part in the story,
 * in `content/actors/<id>.md`. The body describes the actor's part, citing sources.
 */
import { z } from 'astro/zod';
import { TEXT_MAX, labelText, proseText } from './text.ts';
import { ACTOR_KINDS, entityRef, sourceList } from './entity-ref.ts';
import { languageTag } from './language-tag.ts';
import { provenanceList } from './provenance.ts';
import { updateLog } from './update-log.ts';
import { partialDate } from './partial-date.ts';

/** How one actor relates to another. Read it as "<this actor> <relation> <other actor>". */
export const AFFILIATION_RELATIONS = [
  'member-of',
  'part-of',
  'front-for',
  'contractor-for',
  'directed-by',
  'leads',
  'employed-by',
  'spokesperson-for',
  'represents',
  'founded',
  'allied-with',
] as const;

/** Registers of identifiers that other datasets use for the same actor. */
export const EXTERNAL_ID_SCHEMES = {
  'mitre-attack': { pattern: /^G\d{4}$/, example: 'G0128' },
  wikidata: { pattern: /^Q\d+$/, example: 'Q42' },
  'uk-sanctions-list': { pattern: /^[A-Z]{3}\d{4}$/, example: 'CYB0046' },
  'ofsi-group-id': { pattern: /^\d+$/, example: '16462' },
  'ofac-sdn': { pattern: /^\d+$/, example: '12345' },
} as const;
type ExternalIdScheme = keyof typeof EXTERNAL_ID_SCHEMES;

const aliasSchema = z.strictObject({
  name: labelText('The other name, spelled as its coiner spells it, e.g. "Violet Typhoon".'),
  coinedBy: entityRef(
    'Who coined or uses the name: the id of an actor, usually a company such as microsoft-threat-intelligence.',
    { collections: ['actors'] },
  ).optional(),
  status: z
    .enum(['current', 'former'])
    .default('current')
    .describe('"former" for a name its coiner has retired (e.g. Microsoft\'s ZIRCONIUM).'),
  note: proseText('Spelling variants or caveats, e.g. "often misspelled Judgement Panda".').optional(),
  sources: sourceList('Sources that show this name in use for this actor.'),
});

const titleSchema = z
  .strictObject({
    title: labelText('The office or title, e.g. "Deputy Prime Minister".', { max: TEXT_MAX.title }),
    organisation: entityRef('The body the title belongs to, if it is an actor in content/actors/.', {
      collections: ['actors'],
    }).optional(),
    from: partialDate('When the actor took the title, if known.').optional(),
    to: partialDate('When the actor left the title, if they have.').optional(),
    asOf: partialDate(
      'A date on which the title is verified to have been held, when start and end are unknown (e.g. 2024-03-25).',
    ).optional(),
    note: proseText('A caveat about the title, e.g. that it is given only as the press described it.').optional(),
    sources: sourceList('Sources for the title and its dates.'),
  })
  .superRefine((title, ctx) => {
    if (title.from === undefined && title.to === undefined && title.asOf === undefined) {
      ctx.addIssue({
        code: 'custom',
        message: `give "${title.title}" a date: from, to, or asOf (a day it is known to have been held)`,
      });
    }
  });

const affiliationSchema = z.strictObject({
  actor: entityRef("The other actor's id.", { collections: ['actors'] }),
  relation: z
    .enum(AFFILIATION_RELATIONS)
    .describe(
      'How this actor relates to the other one: "<this actor> <relation> <other actor>", e.g. apt31 directed-by hubei-ssd.',
    ),
  allegedBy: z
    .array(entityRef('An actor who asserts the relation.', { collections: ['actors'] }))
    .default([])
    .describe('When the relation is an allegation rather than an established fact, who alleges it (e.g. us-doj).'),
  note: proseText('Detail that the relation alone does not say.').optional(),
  sources: sourceList('Sources for the relation.'),
});

const externalIdSchema = z
  .strictObject({
    scheme: z
      .enum(Object.keys(EXTERNAL_ID_SCHEMES) as [ExternalIdScheme, ...ExternalIdScheme[]])
      .describe('The register: mitre-attack, wikidata, uk-sanctions-list, ofsi-group-id or ofac-sdn.'),
    value: labelText('The identifier in that register, e.g. "G0128" for MITRE ATT&CK.'),
    sources: sourceList('Where the identifier was verified. Add an id only when a source verifies it.'),
  })
  .superRefine((entry, ctx) => {
    const { pattern, example } = EXTERNAL_ID_SCHEMES[entry.scheme];
    if (!pattern.test(entry.value)) {
      ctx.addIssue({
        code: 'custom',
        path: ['value'],
        message: `"${entry.value}" is not a ${entry.scheme} identifier; it looks like "${example}"`,
      });
    }
  });

export const actorSchema = z
  .strictObject({
    name: labelText('The name readers know the actor by, e.g. "APT31" or "Oliver Dowden".'),
    kind: z
      .enum(ACTOR_KINDS)
      .describe(
        'What the actor is: person, state, government-body, regulator, legislature, court, company, threat-group, advocacy-group or organisation.',
      ),
    nativeName: z
      .strictObject({
        text: labelText('The name in its own script, e.g. "赵光宗".', { max: TEXT_MAX.name, ownScript: true }),
        language: languageTag('Its BCP 47 language tag, e.g. "zh".'),
      })
      .describe('The name in its own language and script, where it differs from the English name.')
      .optional(),
    aliases: z
      .array(aliasSchema)
      .default([])
      .describe('Other names for the actor, each with who coined it and a source.'),
    country: entityRef('The state the actor belongs to or is based in: the id of a state actor, e.g. china.', {
      collections: ['actors'],
      actorKinds: ['state'],
      allowSelf: true,
    }).optional(),
    role: proseText("One or two sentences on the actor's part in this story, in our own words."),
    titles: z.array(titleSchema).default([]).describe('Offices and titles held, with dates, for people.'),
    affiliations: z.array(affiliationSchema).default([]).describe('Relations to other actors, each sourced.'),
    externalIds: z
      .array(externalIdSchema)
      .default([])
      .describe(
        'Identifiers in other registers (MITRE ATT&CK, Wikidata, UK sanctions list, OFAC). Only add verified ones.',
      ),
    sources: sourceList('Sources for the actor as a whole. At least one.'),
    provenance: provenanceList(),
    updates: updateLog(),
  })
  .describe('A person, state, body, company or group in the story.');

export type ActorData = z.output<typeof actorSchema>;
