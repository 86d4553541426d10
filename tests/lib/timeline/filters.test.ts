/** Filters, year groups and neighbours over a small made-up timeline. */
import { describe, expect, it } from 'vitest';
import {
  actorFilters,
  assertNoFolderClash,
  filterPath,
  groupByYear,
  meaningFilters,
  neighboursOf,
} from '../../../src/lib/timeline/filters.ts';
import { eventDateLabel, shortDateLabel, zoneName } from '../../../src/lib/timeline/date-label.ts';

const event = (id: string, date: string, dateMeaning: string, actors: string[]) => ({
  id,
  data: { date, dateMeaning, actors },
});

const EVENTS = [
  event('a', '2010', 'began', ['apt31']),
  event('b', '2021-08', 'began', ['ec']),
  event('c', '2021-08/2022-10', 'occurred', ['ec', 'apt31']),
  event('d', '2024-03-25', 'attributed', ['uk', 'apt31', 'apt31']),
];

describe('meaningFilters', () => {
  it('offers only meanings that have events, in the given order, each with its events in order', () => {
    const filters = meaningFilters(EVENTS, ['occurred', 'began', 'detected', 'attributed']);
    expect(filters.map((filter) => [filter.value, filter.events.map((e) => e.id)])).toEqual([
      ['occurred', ['c']],
      ['began', ['a', 'b']],
      ['attributed', ['d']],
    ]);
    expect(filters[1]!.path).toBe('meaning/began/');
  });
});

describe('actorFilters', () => {
  it('offers each involved actor once, the most involved first, counting an event once', () => {
    const filters = actorFilters(EVENTS);
    expect(filters.map((filter) => [filter.value, filter.events.length])).toEqual([
      ['apt31', 3],
      ['ec', 2],
      ['uk', 1],
    ]);
    expect(filters[0]!.path).toBe('actor/apt31/');
  });

  it('escapes the value in the path', () => {
    expect(filterPath('actor', 'a b')).toBe('actor/a%20b/');
  });

  it('refuses an event id that is a filter folder', () => {
    expect(() => assertNoFolderClash([event('meaning', '2020', 'occurred', [])])).toThrow(/filter folder/);
    expect(() => assertNoFolderClash(EVENTS)).not.toThrow();
  });
});

describe('groupByYear', () => {
  it('groups consecutive events under the year they start in', () => {
    expect(groupByYear(EVENTS).map((group) => [group.year, group.events.map((e) => e.id)])).toEqual([
      [2010, ['a']],
      [2021, ['b', 'c']],
      [2024, ['d']],
    ]);
  });
});

describe('neighboursOf', () => {
  it('gives the events before and after, and nothing past either end', () => {
    expect(neighboursOf(EVENTS, 'b')).toEqual({ previous: EVENTS[0], next: EVENTS[2] });
    expect(neighboursOf(EVENTS, 'a')).toEqual({ next: EVENTS[1] });
    expect(neighboursOf(EVENTS, 'd')).toEqual({ previous: EVENTS[2] });
    expect(neighboursOf(EVENTS, 'missing')).toEqual({});
  });
});

describe('date labels', () => {
  it.each([
    [{ date: '2021-08' }, 'August 2021'],
    [{ date: '2021' }, '2021'],
    [{ date: '2020', qualifier: 'autumn' as const }, 'autumn 2020'],
    [{ date: '2024-03-26', timeZone: 'Pacific/Auckland' }, '26 March 2024, New Zealand time'],
    [{ date: '2024-03-26', timeZone: 'Australia/Sydney' }, '26 March 2024, Australian time'],
    [{ date: '2024-03-27/2024-03-29' }, '27–29 March 2024'],
  ])('%j → %s', (input, expected) => {
    expect(eventDateLabel(input)).toBe(expected);
  });

  it('names a zone it does not list by its city', () => {
    expect(zoneName('America/Los_Angeles')).toBe('Los Angeles');
  });

  it('shortens month names and leaves out the zone for the drawing', () => {
    expect(shortDateLabel({ date: '2024-03-26', timeZone: 'Pacific/Auckland' })).toBe('26 Mar 2024');
    expect(shortDateLabel({ date: '2021-08/2022-10' })).toBe('Aug 2021 – Oct 2022');
  });
});
