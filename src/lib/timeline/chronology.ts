/**
 * The one chronological order of the site. The content index sorts timeline events, quotes and
 * measures with `compareDated`, and every page reads that order; nothing else sorts by date.
 *
 * A partial date sorts by the start of the period it names, and a qualifier places it within that
 * period. Where two dates land on the same place, the tie rules below decide, in this order:
 *
 * 1. position on the line of days (see `datePosition`);
 * 2. a single date before a range that starts at the same place;
 * 3. of two ranges, the one that ends first;
 * 4. the wider period first: a year, then a month, then a day ("2020" before "2020-01" before
 *    "2020-01-01"), because a reader meets the period before what happened inside it;
 * 5. the qualifier's rank (`QUALIFIER_RANK`), so "2020" comes before "early 2020";
 * 6. the editor's explicit `order` (1 first; an event without one comes after those with one);
 * 7. the date as written, so the result never depends on the order files were read in.
 *
 * The caller breaks any remaining tie by id.
 */
import type { DateQualifier, Precision } from '../../schemas/partial-date.ts';
import { parsePartialDate, precisionOf, type DatePoint, type PartialDate } from '../partial-date.ts';
import { dayNumber, lastDayOfMonth } from './day-number.ts';

/** What the sort needs to know about a dated entry. */
export interface Dated {
  readonly date: string;
  readonly qualifier?: DateQualifier | undefined;
  readonly order?: number | undefined;
}

/** The first day a point names and the day after its last, as day numbers. */
export function spanOf(point: DatePoint): { readonly first: number; readonly afterLast: number } {
  const { year, month, day } = point;
  if (month === undefined) return { first: dayNumber(year, 1, 1), afterLast: dayNumber(year + 1, 1, 1) };
  if (day === undefined) return { first: dayNumber(year, month, 1), afterLast: lastDayOfMonth(year, month) + 1 };
  const first = dayNumber(year, month, day);
  return { first, afterLast: first + 1 };
}

/** The first day of the second (1) or last (2) third of a year (May, September) or month (11th, 21st). */
function thirdStart(point: DatePoint, third: 1 | 2, first: number): number {
  if (point.month === undefined) return dayNumber(point.year, 1 + 4 * third, 1);
  if (point.day === undefined) return dayNumber(point.year, point.month, 1 + 10 * third);
  return first;
}

/** The first day of each season, in the northern hemisphere's meteorological reckoning. */
const SEASON_START_MONTH = { spring: 3, summer: 6, autumn: 9, winter: 12 } as const;

/**
 * Where a date sits, in days since 1970-01-01 (fractions keep "before" and "after" off the days
 * themselves):
 *
 * - no qualifier, `around` and `early`: the first day of the period. "Around 2020" is read as 2020
 *   itself, so it sits with it (rule 5 lists it just after the plain date).
 * - `mid` and `late`: the start of the period's middle and last third: 1 May and 1 September of
 *   a year, the 11th and 21st of a month. On a single day they keep the day.
 * - `spring`, `summer`, `autumn`, `winter` (years only): 1 March, 1 June, 1 September,
 *   1 December. "Winter 2020" is the winter that begins in December 2020, as British usage has it.
 * - `before`: a quarter of a day before the period starts, after everything earlier.
 * - `after`: half a day before the next period starts, after everything inside the period, and
 *   before anything said to be "before" the next one.
 */
export function datePosition(date: PartialDate, qualifier?: DateQualifier): number {
  const { first, afterLast } = spanOf(date.start);
  switch (qualifier) {
    case 'before':
      return first - 0.25;
    case 'after':
      return afterLast - 0.5;
    case 'mid':
    case 'late':
      return thirdStart(date.start, qualifier === 'mid' ? 1 : 2, first);
    case 'spring':
    case 'summer':
    case 'autumn':
    case 'winter':
      // The schema allows seasons on years only; on anything narrower the season says nothing.
      return date.start.month === undefined ? dayNumber(date.start.year, SEASON_START_MONTH[qualifier], 1) : first;
    default:
      return first;
  }
}

/** Rule 5: the order of qualifiers that land on the same day. No qualifier is `none`. */
export const QUALIFIER_RANK: Readonly<Record<DateQualifier | 'none', number>> = {
  before: 0,
  none: 1,
  around: 2,
  early: 3,
  spring: 4,
  mid: 5,
  summer: 6,
  autumn: 7,
  late: 8,
  winter: 9,
  after: 10,
};

const PRECISION_RANK: Readonly<Record<Precision, number>> = { year: 0, month: 1, day: 2, range: 3 };

const parsed = new Map<string, PartialDate>();

/** Parsing is cheap, but the index compares each date many times. */
function parse(text: string): PartialDate {
  let date = parsed.get(text);
  if (!date) {
    date = parsePartialDate(text);
    parsed.set(text, date);
  }
  return date;
}

/** Chronological order of two dated entries (rules 1–7 above); 0 only for the same date and order. */
export function compareDated(a: Dated, b: Dated): number {
  const dateA = parse(a.date);
  const dateB = parse(b.date);
  const byPosition = datePosition(dateA, a.qualifier) - datePosition(dateB, b.qualifier);
  if (byPosition !== 0) return byPosition;
  const rangeA = dateA.end !== undefined;
  const rangeB = dateB.end !== undefined;
  if (rangeA !== rangeB) return rangeA ? 1 : -1;
  if (dateA.end && dateB.end) {
    const byEnd = spanOf(dateA.end).afterLast - spanOf(dateB.end).afterLast;
    if (byEnd !== 0) return byEnd;
  }
  const byPrecision = PRECISION_RANK[precisionOf(dateA)] - PRECISION_RANK[precisionOf(dateB)];
  if (byPrecision !== 0) return byPrecision;
  const byQualifier = QUALIFIER_RANK[a.qualifier ?? 'none'] - QUALIFIER_RANK[b.qualifier ?? 'none'];
  if (byQualifier !== 0) return byQualifier;
  const byOrder = (a.order ?? Number.MAX_SAFE_INTEGER) - (b.order ?? Number.MAX_SAFE_INTEGER);
  if (byOrder !== 0) return byOrder;
  return a.date < b.date ? -1 : a.date > b.date ? 1 : 0;
}

/** The year a date is listed under: the year it starts in. */
export function yearOf(date: string): number {
  return parse(date).start.year;
}
