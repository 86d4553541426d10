/** The site's one chronological order: positions, every qualifier, and every tie rule. */
import { describe, expect, it } from 'vitest';
import { parsePartialDate } from '../../../src/lib/partial-date.ts';
import { compareDated, datePosition, yearOf, type Dated } from '../../../src/lib/timeline/chronology.ts';
import { dayNumber } from '../../../src/lib/timeline/day-number.ts';
import { DATE_QUALIFIERS } from '../../../src/schemas/partial-date.ts';

/** Sorts labelled entries and returns the labels, so a failure shows the whole order. */
function order(entries: Record<string, Dated>): string[] {
  return Object.entries(entries)
    .sort(([, a], [, b]) => compareDated(a, b))
    .map(([label]) => label);
}

describe('dayNumber', () => {
  it('counts days from 1970-01-01 across month, year and leap-day boundaries', () => {
    expect(dayNumber(1970, 1, 1)).toBe(0);
    expect(dayNumber(1969, 12, 31)).toBe(-1);
    expect(dayNumber(2000, 3, 1) - dayNumber(2000, 2, 28)).toBe(2);
    expect(dayNumber(1900, 3, 1) - dayNumber(1900, 2, 28)).toBe(1);
    expect(dayNumber(2024, 3, 25) - dayNumber(2024, 1, 1)).toBe(84);
    expect(dayNumber(2025, 1, 1) - dayNumber(2024, 1, 1)).toBe(366);
  });
});

describe('qualifiers within a year', () => {
  it('orders before < plain < around < early < spring < mid < summer < autumn < late < winter < after', () => {
    const entries: Record<string, Dated> = {};
    for (const qualifier of [...DATE_QUALIFIERS].reverse()) entries[qualifier] = { date: '2020', qualifier };
    entries['plain'] = { date: '2020' };
    expect(order(entries)).toEqual([
      'before',
      'plain',
      'around',
      'early',
      'spring',
      'mid',
      'summer',
      'autumn',
      'late',
      'winter',
      'after',
    ]);
  });

  it('places each qualifier at the start of the part of the year it names', () => {
    const at = (qualifier: Dated['qualifier']) => datePosition(parsePartialDate('2021'), qualifier);
    expect(at(undefined)).toBe(dayNumber(2021, 1, 1));
    expect(at('around')).toBe(dayNumber(2021, 1, 1));
    expect(at('early')).toBe(dayNumber(2021, 1, 1));
    expect(at('spring')).toBe(dayNumber(2021, 3, 1));
    expect(at('mid')).toBe(dayNumber(2021, 5, 1));
    expect(at('summer')).toBe(dayNumber(2021, 6, 1));
    expect(at('autumn')).toBe(dayNumber(2021, 9, 1));
    expect(at('late')).toBe(dayNumber(2021, 9, 1));
    expect(at('winter')).toBe(dayNumber(2021, 12, 1));
    expect(at('before')).toBeLessThan(dayNumber(2021, 1, 1));
    expect(at('before')).toBeGreaterThan(dayNumber(2020, 12, 31));
    expect(at('after')).toBeGreaterThan(dayNumber(2021, 12, 31));
    expect(at('after')).toBeLessThan(dayNumber(2022, 1, 1));
  });

  it('puts a season among the months it covers', () => {
    expect(
      order({
        february: { date: '2020-02' },
        spring: { date: '2020', qualifier: 'spring' },
        august: { date: '2020-08' },
        autumn: { date: '2020', qualifier: 'autumn' },
        october: { date: '2020-10' },
        winter: { date: '2020', qualifier: 'winter' },
      }),
    ).toEqual(['february', 'spring', 'august', 'autumn', 'october', 'winter']);
  });

  it('sorts "before" after everything earlier and "after" after everything inside the period', () => {
    expect(
      order({
        'after 2020': { date: '2020', qualifier: 'after' },
        '31 Dec 2020': { date: '2020-12-31' },
        'before 2021': { date: '2021', qualifier: 'before' },
        '1 Jan 2021': { date: '2021-01-01' },
        '2021': { date: '2021' },
        'late 31 Dec 2020': { date: '2020-12-31', qualifier: 'late' },
      }),
    ).toEqual(['31 Dec 2020', 'late 31 Dec 2020', 'after 2020', 'before 2021', '2021', '1 Jan 2021']);
  });
});

describe('qualifiers within a month and a day', () => {
  it('splits a month into thirds: early on the 1st, mid on the 11th, late on the 21st', () => {
    expect(
      order({
        'late March': { date: '2024-03', qualifier: 'late' },
        '25 March': { date: '2024-03-25' },
        '15 March': { date: '2024-03-15' },
        'mid-March': { date: '2024-03', qualifier: 'mid' },
        '5 March': { date: '2024-03-05' },
        'early March': { date: '2024-03', qualifier: 'early' },
        'before March': { date: '2024-03', qualifier: 'before' },
        'after March': { date: '2024-03', qualifier: 'after' },
        '29 February': { date: '2024-02-29' },
      }),
    ).toEqual([
      '29 February',
      'before March',
      'early March',
      '5 March',
      'mid-March',
      '15 March',
      'late March',
      '25 March',
      'after March',
    ]);
    expect(datePosition(parsePartialDate('2024-03'), 'mid')).toBe(dayNumber(2024, 3, 11));
    expect(datePosition(parsePartialDate('2024-03'), 'late')).toBe(dayNumber(2024, 3, 21));
  });

  it('orders early, mid and late on the same day by rank', () => {
    expect(
      order({
        late: { date: '2024-03-25', qualifier: 'late' },
        early: { date: '2024-03-25', qualifier: 'early' },
        plain: { date: '2024-03-25' },
        mid: { date: '2024-03-25', qualifier: 'mid' },
      }),
    ).toEqual(['plain', 'early', 'mid', 'late']);
  });
});

describe('tie rules', () => {
  it('a bare year sorts before anything inside it (the issue\'s "autumn 2020 before 2020")', () => {
    expect(
      order({
        'autumn 2020': { date: '2020', qualifier: 'autumn' },
        '2020': { date: '2020' },
        'June 2020': { date: '2020-06' },
        '4 June 2020': { date: '2020-06-04' },
      }),
    ).toEqual(['2020', 'June 2020', '4 June 2020', 'autumn 2020']);
  });

  it('the wider period first: year, then month, then day, when they start on the same day', () => {
    expect(
      order({
        day: { date: '2021-01-01' },
        month: { date: '2021-01' },
        year: { date: '2021' },
      }),
    ).toEqual(['year', 'month', 'day']);
  });

  it('the wider period first even against a qualifier: "2020" before "early 2020" before "January 2020"', () => {
    expect(
      order({
        january: { date: '2020-01' },
        early: { date: '2020', qualifier: 'early' },
        plain: { date: '2020' },
      }),
    ).toEqual(['plain', 'early', 'january']);
  });

  it('a range sorts by its start, after a single date starting there, and before later dates', () => {
    expect(
      order({
        'October 2022': { date: '2022-10' },
        'Aug 2021 – Oct 2022': { date: '2021-08/2022-10' },
        'August 2021': { date: '2021-08' },
        'September 2021': { date: '2021-09' },
        '2021': { date: '2021' },
      }),
    ).toEqual(['2021', 'August 2021', 'Aug 2021 – Oct 2022', 'September 2021', 'October 2022']);
  });

  it('of two ranges with the same start, the shorter first', () => {
    expect(
      order({
        long: { date: '2024-03-27/2024-04-03' },
        short: { date: '2024-03-27/2024-03-29' },
      }),
    ).toEqual(['short', 'long']);
  });

  it('same-day events follow their explicit order, and events without one come after', () => {
    expect(
      order({
        rejection: { date: '2024-03-25', order: 9 },
        unordered: { date: '2024-03-25' },
        attribution: { date: '2024-03-25', order: 2 },
        'press conference': { date: '2024-03-25', order: 1 },
        designations: { date: '2024-03-25', order: 3 },
        'next day': { date: '2024-03-26', order: 1 },
      }),
    ).toEqual(['press conference', 'attribution', 'designations', 'rejection', 'unordered', 'next day']);
  });

  it('an explicit order never moves an event off its date', () => {
    expect(
      order({
        later: { date: '2024-03-26', order: 1 },
        earlier: { date: '2024-03-25', order: 10 },
      }),
    ).toEqual(['earlier', 'later']);
  });

  it('returns 0 only for the same date, qualifier and order', () => {
    expect(compareDated({ date: '2024-03-25', order: 1 }, { date: '2024-03-25', order: 1 })).toBe(0);
    expect(compareDated({ date: '2024-03-25' }, { date: '2024-03-25', order: 1 })).toBeGreaterThan(0);
    expect(compareDated({ date: '2021' }, { date: '2021', qualifier: 'around' })).toBeLessThan(0);
  });

  it('is antisymmetric over a mixed set, so any sort algorithm gives the same order', () => {
    const dates: Dated[] = [
      { date: '2010' },
      { date: '2020', qualifier: 'autumn' },
      { date: '2020' },
      { date: '2021-08/2022-10' },
      { date: '2021-08' },
      { date: '2024-03-25', order: 2 },
      { date: '2024-03-25', order: 1 },
      { date: '2024-03', qualifier: 'late' },
      { date: '2024', qualifier: 'after' },
    ];
    for (const a of dates) {
      for (const b of dates) expect(Math.sign(compareDated(a, b))).toBe(-Math.sign(compareDated(b, a)) || 0);
    }
  });
});

describe('yearOf', () => {
  it('lists a date, and a range, under the year it starts in', () => {
    expect(yearOf('2021-08/2022-10')).toBe(2021);
    expect(yearOf('2024-03-25')).toBe(2024);
    expect(yearOf('2010')).toBe(2010);
  });
});
