/** roleAt: the title held on a partial date, from from/to/asOf, with no match when none covers it. */
import { describe, expect, it } from 'vitest';
import { roleAt, titlesAt, type ActorTitle } from '../../../src/lib/actors/role-at.ts';

function title(name: string, dates: Partial<Pick<ActorTitle, 'from' | 'to' | 'asOf'>>): ActorTitle {
  return { title: name, sources: ['s'], ...dates };
}

const foreignSecretary = title('Foreign Secretary', { from: '2023-11-13', to: '2024-07-05' });

describe('roleAt with from and to', () => {
  it.each([
    ['2023-11-13', 'the first day'],
    ['2024-03-25', 'a day inside'],
    ['2024-07-05', 'the last day'],
    ['2024-03', 'a month inside'],
  ])('covers %s (%s)', (date) => {
    expect(roleAt({ titles: [foreignSecretary] }, date)?.title).toBe('Foreign Secretary');
  });

  it.each([
    ['2023-11-12', 'the day before'],
    ['2024-07-06', 'the day after'],
    ['2023-11', 'a month that starts before the title'],
    ['2024', 'a year longer than the title'],
  ])('does not cover %s (%s)', (date) => {
    expect(roleAt({ titles: [foreignSecretary] }, date)).toBeUndefined();
  });

  it('reads partial ends as the whole period they name', () => {
    const held = title('Minister', { from: '2023-11', to: '2024' });
    expect(roleAt({ titles: [held] }, '2023-11-01')?.title).toBe('Minister');
    expect(roleAt({ titles: [held] }, '2024-12-31')?.title).toBe('Minister');
    expect(roleAt({ titles: [held] }, '2023-10-31')).toBeUndefined();
    expect(roleAt({ titles: [held] }, '2025-01-01')).toBeUndefined();
  });

  it('treats a missing end as still held and a missing start as held since before', () => {
    const since = title('Chair', { from: '2022-01' });
    const until = title('Director', { to: '2020-06' });
    expect(roleAt({ titles: [since] }, '2030-05-01')?.title).toBe('Chair');
    expect(roleAt({ titles: [since] }, '2021-12-31')).toBeUndefined();
    expect(roleAt({ titles: [until] }, '1999')?.title).toBe('Director');
    expect(roleAt({ titles: [until] }, '2020-07-01')).toBeUndefined();
  });
});

describe('roleAt with asOf', () => {
  const verified = title('Foreign Secretary', { asOf: '2024-03-25' });

  it('matches the verified day, and a month or year that contains it', () => {
    expect(roleAt({ titles: [verified] }, '2024-03-25')?.title).toBe('Foreign Secretary');
    expect(roleAt({ titles: [verified] }, '2024-03')?.title).toBe('Foreign Secretary');
    expect(roleAt({ titles: [verified] }, '2024')?.title).toBe('Foreign Secretary');
  });

  it('matches a day inside a verified month', () => {
    const monthOnly = title('Europe minister', { asOf: '2024-03' });
    expect(roleAt({ titles: [monthOnly] }, '2024-03-25')?.title).toBe('Europe minister');
    expect(roleAt({ titles: [monthOnly] }, '2024-04-01')).toBeUndefined();
  });

  it('does not stretch a verified day to another day', () => {
    expect(roleAt({ titles: [verified] }, '2024-03-26')).toBeUndefined();
    expect(roleAt({ titles: [title('Co-chair', { asOf: '2021-07' })] }, '2024-03-25')).toBeUndefined();
  });
});

describe('several titles', () => {
  const titles = [
    title('Deputy Prime Minister', { asOf: '2024-03-25' }),
    title('Chancellor of the Duchy of Lancaster', { asOf: '2024-03-25' }),
    title('Minister for the Cabinet Office', { from: '2021-09', to: '2023-04-21' }),
  ];

  it('returns the first listed title that covers the date', () => {
    expect(roleAt({ titles }, '2024-03-25')?.title).toBe('Deputy Prime Minister');
    expect(titlesAt({ titles }, '2024-03-25').map((t) => t.title)).toEqual([
      'Deputy Prime Minister',
      'Chancellor of the Duchy of Lancaster',
    ]);
    expect(roleAt({ titles }, '2022-05-01')?.title).toBe('Minister for the Cabinet Office');
  });

  it('returns undefined when no title covers the date, or there are none', () => {
    expect(roleAt({ titles }, '2019-01-01')).toBeUndefined();
    expect(roleAt({ titles: [] }, '2024-03-25')).toBeUndefined();
  });
});
