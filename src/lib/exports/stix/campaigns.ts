/**
 * The two campaigns the UK attributed on 25 March 2024, as STIX models them.
 *
 * The content has no "campaign" collection, so this table says which content entries make up each
 * campaign: the timeline event that dates the activity, the event that records the attribution,
 * who it was attributed to, in what words, and whom it targeted. Every id here must exist in the
 * content once the campaign's activity event does; the bundle builder throws if one is missing, so
 * a renamed entry fails the build. (Content without the activity event at all, such as the test
 * fixtures, simply has no such campaign.)
 *
 * What the sources say, and so what the bundle says (fact sheet §0, pitfalls F01/F02):
 * - the Electoral Commission compromise (2021–22): "highly likely" a Chinese state-affiliated
 *   entity; the UK named no group. It is attributed to an `unnamed` threat-actor that stands for
 *   those words, and is linked to nothing else: not to APT31, not to any named group;
 * - the reconnaissance against parliamentarians (2021): "almost certain" APT31.
 */
import type { PhiaPhrase } from './confidence.ts';

/** An attribution to an actor in content/actors/, or to an actor the attributor did not name. */
export type Attribution =
  | { readonly kind: 'actor'; readonly actor: string }
  | { readonly kind: 'unnamed'; readonly key: string; readonly name: string; readonly description: string };

/** A target that is a content actor, or a class of people with no entry of its own. */
export type Target =
  | { readonly kind: 'actor'; readonly actor: string }
  | { readonly kind: 'class'; readonly key: string; readonly name: string; readonly description: string };

export interface CampaignSpec {
  /** Stable key for the STIX id; never change it once published. */
  readonly key: string;
  readonly name: string;
  readonly description: string;
  /** Timeline event whose date bounds the activity (first_seen / last_seen). */
  readonly activity: string;
  /** Timeline event recording the attribution; its date is the judgement's date. */
  readonly attribution: string;
  readonly attributedTo: Attribution;
  /** The words of the judgement, on the PHIA yardstick. */
  readonly assessment: PhiaPhrase;
  /** Who made the judgement: an actor id (the NCSC assessed; the government announced it). */
  readonly assessedBy: string;
  readonly targets: readonly Target[];
  /** Sources for the campaign and its attribution: source ids. */
  readonly sources: readonly string[];
}

export const UNNAMED_EC_ACTOR_KEY = 'unnamed-china-state-affiliated-entity-ec';

export const ATTRIBUTED_CAMPAIGNS: readonly CampaignSpec[] = [
  {
    key: 'electoral-commission-compromise-2021-2022',
    name: 'Compromise of the Electoral Commission, 2021–2022',
    description:
      'From August 2021 to October 2022 attackers had repeated access to the UK Electoral Commission\'s email and to the reference copies of the electoral registers it holds. On 25 March 2024 the UK government said the NCSC judged it "highly likely" that a Chinese state-affiliated entity was responsible. The UK did not name a group for this intrusion and did not attribute it to APT31. China rejects the accusation.',
    activity: 'ec-access-period',
    attribution: 'uk-attribution',
    attributedTo: {
      kind: 'unnamed',
      key: UNNAMED_EC_ACTOR_KEY,
      name: 'Unnamed China state-affiliated entity (Electoral Commission compromise)',
      description:
        'Stands for the actor the UK held responsible for the 2021–22 compromise of the Electoral Commission, in the UK\'s own words: "a Chinese state-affiliated entity", judged "highly likely" by the NCSC. The UK did not name it. No source we cite identifies it with APT31 or any other named group, so this object is related to nothing but that campaign.',
    },
    assessment: 'highly likely',
    assessedBy: 'uk-ncsc',
    targets: [{ kind: 'actor', actor: 'electoral-commission' }],
    sources: ['fcdo', 'ncsc', 'hansard-c', 'ico-release', 'ec-notice'],
  },
  {
    key: 'uk-parliamentarians-reconnaissance-2021',
    name: "Reconnaissance against UK parliamentarians' email accounts, 2021",
    description:
      'In 2021 the email accounts of UK parliamentarians, most of them prominent critics of China, were the target of reconnaissance. On 25 March 2024 the UK government said the NCSC judged it "almost certain" that APT31 was responsible, and that no parliamentary account was successfully compromised. The sources date the activity only to the year 2021. China rejects the accusation.',
    activity: 'uk-parliamentarians-reconnaissance',
    attribution: 'uk-attribution',
    attributedTo: { kind: 'actor', actor: 'apt31' },
    assessment: 'almost certain',
    assessedBy: 'uk-ncsc',
    targets: [
      {
        kind: 'class',
        key: 'uk-parliamentarians',
        name: 'UK parliamentarians',
        description:
          'Members of the UK Parliament whose email accounts were targeted in 2021, most of them prominent critics of China. The UK government gave no number; reported figures differ.',
      },
    ],
    sources: ['fcdo', 'ncsc', 'hansard-c'],
  },
];
