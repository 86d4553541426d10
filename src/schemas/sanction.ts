/**
 * A measure taken in response: a sanctions designation, an indictment, a reward offer, a
 * diplomatic summons, a regulatory action or official guidance, in `content/sanctions/<id>.md`.
 *
 * One entry per measure per authority: the UK and US designations of the same target are two
 * entries, because they differ in authority, legal basis and stated reason.
 */
import { z } from 'astro/zod';
import { TEXT_MAX, labelText, proseText } from './text.ts';
import { entityRef, sourceList } from './entity-ref.ts';
import { httpsUrl } from './https-url.ts';
import { provenanceList } from './provenance.ts';
import { updateLog } from './update-log.ts';
import { partialDate } from './partial-date.ts';

export const MEASURE_KINDS = [
  'designation',
  'indictment',
  'reward-offer',
  'diplomatic-summons',
  'diplomatic-representation',
  'regulatory-action',
  'guidance',
] as const;

export const MEASURES = [
  'asset-freeze',
  'travel-ban',
  'blocking',
  'criminal-charges',
  'reward',
  'summons',
  'reprimand',
  'guidance',
] as const;

export const MEASURE_STATUSES = ['in-force', 'pending', 'completed', 'revoked', 'expired', 'unknown'] as const;

/** Authorities impose measures; anything else in that field is a mistake. */
const authority = entityRef(
  'Who imposed the measure: the id of a state, government body or regulator (e.g. uk-fcdo, us-treasury-ofac).',
  { collections: ['actors'], actorKinds: ['state', 'government-body', 'regulator'] },
);

export const sanctionSchema = z
  .strictObject({
    title: labelText('A short, plain title, e.g. "UK designation of Ni Gaobin".', { max: TEXT_MAX.title }),
    kind: z
      .enum(MEASURE_KINDS)
      .describe(
        'designation, indictment, reward-offer, diplomatic-summons (a formal summons of an envoy), diplomatic-representation (officials raise a matter with an envoy, without a formal summons), regulatory-action or guidance.',
      ),
    authority,
    targets: z
      .array(entityRef('An actor the measure is aimed at.', { collections: ['actors'] }))
      .default([])
      .describe('Who the measure is aimed at: actor ids. Guidance may have none.'),
    basis: z
      .strictObject({
        name: labelText('The law, regime or programme, e.g. "The Cyber (Sanctions) (EU Exit) Regulations 2020".'),
        citation: labelText('Its formal citation, e.g. "S.I. 2020/597" or "E.O. 13694".').optional(),
        url: httpsUrl('Where the legal text can be read.').optional(),
      })
      .describe('The legal basis or sanctions regime.')
      .optional(),
    listReferences: z
      .array(
        z.strictObject({
          target: entityRef('The target this reference belongs to.', { collections: ['actors'] }),
          list: labelText('The list, e.g. "UK Sanctions List" or "OFSI Consolidated List".'),
          reference: labelText('The reference on that list, e.g. "CYB0046" or "Group ID 16462".'),
          sources: sourceList('Where the reference was verified.'),
        }),
      )
      .default([])
      .describe('Entries on official lists. Only add references a source verifies.'),
    announced: partialDate('When the measure was made public.').optional(),
    listed: partialDate('When the target was added to the list (designations).').optional(),
    effective: partialDate('When the measure took legal effect, if different from the listing date.').optional(),
    measures: z
      .array(z.enum(MEASURES))
      .default([])
      .describe(
        'What it does: asset-freeze, travel-ban, blocking, criminal-charges, reward, summons, reprimand, guidance.',
      ),
    statedReason: proseText('The reason the authority gave, in our words (quote only in quotation marks).').optional(),
    status: z
      .enum(MEASURE_STATUSES)
      .default('unknown')
      .describe('in-force, pending, completed, revoked, expired or unknown.'),
    statusAsOf: z
      .strictObject({
        date: partialDate(
          'The date the status was last established: the date of the latest source that shows it (e.g. the announcement), not the day you read it.',
        ),
        sources: sourceList('The sources that establish the status on that date.'),
      })
      .describe(
        'When the status was last known to hold, with sources. Required for pending and unknown, so readers see how old "Pending" is.',
      )
      .optional(),
    court: entityRef('For an indictment: the court (an actor of kind court).', {
      collections: ['actors'],
      actorKinds: ['court'],
    }).optional(),
    charges: z
      .array(
        z.strictObject({
          statute: labelText('The statute, e.g. "18 U.S.C. § 371".'),
          description: labelText('The offence in plain words, e.g. "conspiracy to commit computer intrusions".', {
            max: TEXT_MAX.title,
          }),
        }),
      )
      .default([])
      .describe('For an indictment: each charge with its statute.'),
    caseNumber: labelText('For an indictment: the docket number, only if verified.').optional(),
    reward: z
      .strictObject({
        amount: z.number().positive().describe('The largest amount offered, e.g. 10000000.'),
        currency: z
          .string()
          .regex(/^[A-Z]{3}$/, { error: 'a currency is an ISO 4217 code such as "USD"' })
          .describe('ISO 4217 code, e.g. "USD".'),
        upTo: z.boolean().default(true).describe('true when the amount is a ceiling ("up to").'),
      })
      .describe('For a reward offer: the amount.')
      .optional(),
    sources: sourceList('Sources for the measure. At least one; prefer the official notice.'),
    provenance: provenanceList(),
    updates: updateLog(),
  })
  .superRefine((entry, ctx) => {
    const needsTargets = entry.kind !== 'guidance';
    if (needsTargets && entry.targets.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['targets'],
        message: `a ${entry.kind} needs at least one target actor id`,
      });
    }
    if ((entry.status === 'pending' || entry.status === 'unknown') && entry.kind !== 'guidance' && !entry.statusAsOf) {
      ctx.addIssue({
        code: 'custom',
        path: ['statusAsOf'],
        message: `a status of "${entry.status}" needs statusAsOf: { date, sources }, the date it was last known to hold`,
      });
    }
    if (entry.kind === 'indictment') {
      if (entry.court === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['court'],
          message: 'an indictment needs the court: the id of a court actor',
        });
      }
      if (entry.charges.length === 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['charges'],
          message: 'an indictment needs at least one charge with its statute',
        });
      }
    } else {
      for (const field of ['court', 'caseNumber'] as const) {
        if (entry[field] !== undefined) {
          ctx.addIssue({
            code: 'custom',
            path: [field],
            message: `only an indictment has a ${field}; remove it or set kind: indictment`,
          });
        }
      }
      if (entry.charges.length > 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['charges'],
          message: 'only an indictment has charges; remove them or set kind: indictment',
        });
      }
    }
    if (entry.kind === 'reward-offer' && entry.reward === undefined) {
      ctx.addIssue({ code: 'custom', path: ['reward'], message: 'a reward-offer needs reward: { amount, currency }' });
    }
    if (entry.kind !== 'reward-offer' && entry.reward !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['reward'],
        message: 'only a reward-offer has a reward; remove it or set kind: reward-offer',
      });
    }
    for (const [index, ref] of entry.listReferences.entries()) {
      if (!entry.targets.includes(ref.target)) {
        ctx.addIssue({
          code: 'custom',
          path: ['listReferences', index, 'target'],
          message: `"${ref.target}" is not one of this measure's targets; add it to targets or fix the id`,
        });
      }
    }
  })
  .describe('A sanction, charge or other measure taken in response.');

export type SanctionData = z.output<typeof sanctionSchema>;
