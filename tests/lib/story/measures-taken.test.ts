import { describe, expect, it } from 'vitest';
import { formatReward, measuresTaken } from '../../../src/lib/story/measures-taken.ts';
import { actor, indexOf, measure, story } from './fixtures.ts';

const actors = [
  actor('uk-body', 'UK Body'),
  actor('us-body', 'US Body'),
  actor('firm', 'Firm Ltd', { kind: 'company' }),
  actor('ann', 'Ann', { kind: 'person' }),
  actor('bob', 'Bob', { kind: 'person' }),
  actor('embassy', 'Embassy'),
];

const designation = (id: string, authority: string, target: string, announced = '2024-03-25') =>
  measure(id, { kind: 'designation', authority, targets: [target], announced, listed: announced });

const response = [
  designation('uk-bob', 'uk-body', 'bob'),
  designation('uk-firm', 'uk-body', 'firm'),
  designation('uk-ann', 'uk-body', 'ann'),
  designation('us-ann', 'us-body', 'ann'),
  designation('us-bob', 'us-body', 'bob'),
  designation('us-firm', 'us-body', 'firm'),
  measure('charges', { kind: 'indictment', authority: 'us-body', targets: ['ann', 'bob'], announced: '2024-03-25' }),
  measure('reward', { kind: 'reward-offer', authority: 'us-body', targets: ['ann'], announced: '2024-03-25' }),
  measure('summons', {
    kind: 'diplomatic-summons',
    authority: 'uk-body',
    targets: ['embassy'],
    announced: '2024-03-26',
  }),
  measure('advice', { kind: 'guidance', authority: 'uk-body', announced: '2024-03-25' }),
  measure('reprimand', { kind: 'regulatory-action', authority: 'uk-body', targets: ['firm'], announced: '2024-03-25' }),
  measure('later-summons', {
    kind: 'diplomatic-summons',
    authority: 'uk-body',
    targets: ['embassy'],
    announced: '2024-05-14',
  }),
  measure('vague', { kind: 'indictment', authority: 'us-body', targets: ['ann'], announced: '2024-03' }),
];

const window = story({ measuresAnnounced: '2024-03-25/2024-03-26' });

describe('measuresTaken', () => {
  it('keeps the four kinds announced in the window, and nothing later, vaguer or of another kind', () => {
    const taken = measuresTaken(indexOf([...actors, ...response]), window);
    expect(taken.indictments.map((m) => m.id)).toEqual(['charges']);
    expect(taken.rewards.map((m) => m.id)).toEqual(['reward']);
    expect(taken.summonses.map((m) => m.id)).toEqual(['summons']);
    const ids = taken.designations.rows.flatMap((row) => row.byAuthority.map((m) => m?.id));
    expect(ids).not.toContain('reprimand');
  });

  it('lays designations out as targets × authorities: companies first, then people by name', () => {
    const { designations } = measuresTaken(indexOf([...actors, ...response]), window);
    expect(designations.authorities.map((a) => a.id)).toEqual(['uk-body', 'us-body']);
    expect(designations.rows.map((row) => [row.target.id, ...row.byAuthority.map((m) => m?.id)])).toEqual([
      ['firm', 'uk-firm', 'us-firm'],
      ['ann', 'uk-ann', 'us-ann'],
      ['bob', 'uk-bob', 'us-bob'],
    ]);
    expect(designations.sameTargets).toBe(true);
  });

  it('says so when the authorities did not designate the same targets', () => {
    const withoutOne = response.filter((m) => m.id !== 'us-bob');
    const { designations } = measuresTaken(indexOf([...actors, ...withoutOne]), window);
    expect(designations.sameTargets).toBe(false);
    expect(designations.rows.find((row) => row.target.id === 'bob')?.byAuthority.map((m) => m?.id)).toEqual([
      'uk-bob',
      undefined,
    ]);
  });

  it('shows nothing when the story gives no window', () => {
    const taken = measuresTaken(indexOf([...actors, ...response]), story({}));
    expect(taken.designations.rows).toEqual([]);
    expect(taken.indictments).toEqual([]);
  });
});

describe('formatReward', () => {
  it('writes amounts as readers say them', () => {
    expect(formatReward({ amount: 10_000_000, currency: 'USD', upTo: true })).toBe('up to $10 million');
    expect(formatReward({ amount: 2_500_000, currency: 'GBP', upTo: false })).toBe('£2.5 million');
    expect(formatReward({ amount: 250_000, currency: 'EUR', upTo: false })).toBe('€250,000');
    expect(formatReward({ amount: 5000, currency: 'CHF', upTo: true })).toBe('up to 5,000 CHF');
  });
});
