/**
 * "What was done" for the at-a-glance panel, derived from the measures in content/sanctions/:
 * every designation, indictment, reward offer and diplomatic summons announced within the story's
 * `measuresAnnounced` period. Guidance and regulatory actions are not measures against those
 * blamed, so they are left out; so is anything announced outside the period (a later summons over
 * a different case, for instance).
 */
import type { ContentIndex, IndexableEntity } from '../content-index.ts';
import type { StoryData } from '../../schemas/story.ts';
import { isWithin } from './date-window.ts';
import { entryIn, type EntryOf } from './lookup.ts';

/** The kinds of measure the panel shows, in the order it shows them. */
export const PANEL_MEASURE_KINDS = ['designation', 'indictment', 'reward-offer', 'diplomatic-summons'] as const;

type Measure<E extends IndexableEntity> = EntryOf<E, 'sanctions'>;

/** One sanctioned target and, per authority (same order as `authorities`), its designation. */
export interface DesignationRow<E extends IndexableEntity> {
  readonly target: EntryOf<E, 'actors'>;
  readonly byAuthority: readonly (Measure<E> | undefined)[];
}

export interface Designations<E extends IndexableEntity> {
  /** The designating authorities, in the order their first designation is listed. */
  readonly authorities: readonly EntryOf<E, 'actors'>[];
  readonly rows: readonly DesignationRow<E>[];
  /** True when every authority designated exactly the same targets. */
  readonly sameTargets: boolean;
}

export interface MeasuresTaken<E extends IndexableEntity> {
  readonly designations: Designations<E>;
  readonly indictments: readonly Measure<E>[];
  readonly rewards: readonly Measure<E>[];
  readonly summonses: readonly Measure<E>[];
}

const collator = new Intl.Collator('en-GB', { sensitivity: 'base' });

export function measuresTaken<E extends IndexableEntity>(index: ContentIndex<E>, story: StoryData): MeasuresTaken<E> {
  const period = story.measuresAnnounced;
  const inPeriod = index.byCollection.sanctions.filter((measure) => {
    const date = measure.data.announced ?? measure.data.listed;
    return period !== undefined && date !== undefined && isWithin(date, period);
  }) as Measure<E>[];
  const ofKind = (kind: (typeof PANEL_MEASURE_KINDS)[number]) =>
    inPeriod.filter((measure) => measure.data.kind === kind);
  return {
    designations: designationsOf(index, ofKind('designation')),
    indictments: ofKind('indictment'),
    rewards: ofKind('reward-offer'),
    summonses: ofKind('diplomatic-summons'),
  };
}

function designationsOf<E extends IndexableEntity>(
  index: ContentIndex<E>,
  designations: Measure<E>[],
): Designations<E> {
  const authorityIds = [...new Set(designations.map((measure) => measure.data.authority))];
  const targetIds = [...new Set(designations.flatMap((measure) => measure.data.targets))];
  const targets = targetIds
    .map((id) => entryIn(index, 'actors', id))
    // Companies and groups first, then people; by name within each, so the order never depends on file names.
    .sort(
      (a, b) =>
        Number(a.data.kind === 'person') - Number(b.data.kind === 'person') ||
        collator.compare(a.data.name, b.data.name),
    );
  const rows = targets.map((target) => ({
    target,
    byAuthority: authorityIds.map((authority) =>
      designations.find((measure) => measure.data.authority === authority && measure.data.targets.includes(target.id)),
    ),
  }));
  return {
    authorities: authorityIds.map((id) => entryIn(index, 'actors', id)),
    rows,
    sameTargets:
      authorityIds.length > 1 && rows.every((row) => row.byAuthority.every((measure) => measure !== undefined)),
  };
}

/** "up to $10 million", "€250,000": a reward's amount as readers say it. */
export function formatReward(reward: { amount: number; currency: string; upTo: boolean }): string {
  const symbol = ({ USD: '$', GBP: '£', EUR: '€' } as Record<string, string>)[reward.currency];
  const millions = reward.amount / 1_000_000;
  const figure =
    reward.amount >= 1_000_000 && Number.isInteger(millions * 10)
      ? `${millions} million`
      : reward.amount.toLocaleString('en-GB');
  const money = symbol ? `${symbol}${figure}` : `${figure} ${reward.currency}`;
  return reward.upTo ? `up to ${money}` : money;
}
