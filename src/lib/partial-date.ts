/**
 * Parse, compare and format partial ISO dates (see `src/schemas/partial-date.ts` for the grammar).
 *
 * Everything here works on the numbers in the string. Nothing builds a JS `Date`, so the output is
 * the same whatever time zone the build machine is in.
 */
import {
  MONTH_NAMES,
  SINGLE_DATE_PATTERN,
  daysInMonth,
  partialDateProblem,
  type DateQualifier,
  type Precision,
} from '../schemas/partial-date.ts';

/** One end of a partial date. */
export interface DatePoint {
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
}

/** A parsed partial date: a single point, or a range of two points. */
export interface PartialDate {
  readonly text: string;
  readonly start: DatePoint;
  /** Present for ranges only. */
  readonly end?: DatePoint;
}

export class PartialDateError extends Error {
  override name = 'PartialDateError';
}

function parsePoint(text: string): DatePoint {
  const match = SINGLE_DATE_PATTERN.exec(text);
  if (!match) throw new PartialDateError(`"${text}" is not a partial ISO date`);
  const [, y, m, d] = match;
  return {
    year: Number(y),
    ...(m === undefined ? {} : { month: Number(m) }),
    ...(d === undefined ? {} : { day: Number(d) }),
  };
}

/** Parse a partial date or range; throws `PartialDateError` on text the schema would reject. */
export function parsePartialDate(text: string): PartialDate {
  const problem = partialDateProblem(text);
  if (problem) throw new PartialDateError(problem);
  const [first, second] = text.split('/');
  const start = parsePoint(first!);
  return second === undefined ? { text, start } : { text, start, end: parsePoint(second) };
}

/** The precision the text itself has: "2021-08" is a month, "2021-08/2022-10" a range. */
export function precisionOf(date: PartialDate): Precision {
  if (date.end) return 'range';
  if (date.start.day !== undefined) return 'day';
  if (date.start.month !== undefined) return 'month';
  return 'year';
}

/** The first day a point could mean, as a sortable number YYYYMMDD. */
function earliestKey(point: DatePoint): number {
  return point.year * 10000 + (point.month ?? 1) * 100 + (point.day ?? 1);
}

/** The last day a point could mean, as a sortable number YYYYMMDD. */
function latestKey(point: DatePoint): number {
  const month = point.month ?? 12;
  return point.year * 10000 + month * 100 + (point.day ?? daysInMonth(point.year, month));
}

/** True when a range's end comes before its start (2022-10/2021-08). A same-month end is fine. */
export function isReversedRange(date: PartialDate): boolean {
  return date.end !== undefined && latestKey(date.end) < earliestKey(date.start);
}

/** True when `to` is certainly earlier than `from` (for from/to pairs such as a title's dates). */
export function endsBeforeStart(from: PartialDate, to: PartialDate): boolean {
  return latestKey(to.end ?? to.start) < earliestKey(from.start);
}

/**
 * Chronological order: by earliest possible day, then the more precise date first (so "25 March
 * 2024" sorts before "March 2024"), then ranges after single dates, then by text.
 */
export function comparePartialDates(a: PartialDate, b: PartialDate): number {
  const byStart = earliestKey(a.start) - earliestKey(b.start);
  if (byStart !== 0) return byStart;
  const byEnd = latestKey(a.end ?? a.start) - latestKey(b.end ?? b.start);
  if (byEnd !== 0) return byEnd;
  return a.text < b.text ? -1 : a.text > b.text ? 1 : 0;
}

function formatPoint(point: DatePoint): string {
  const { year, month, day } = point;
  if (month === undefined) return String(year);
  const monthName = MONTH_NAMES[month - 1]!;
  return day === undefined ? `${monthName} ${year}` : `${day} ${monthName} ${year}`;
}

/** Drop the parts of a range's start that its end repeats: "August – October 2022", "3–5 May 2024". */
function formatRange(start: DatePoint, end: DatePoint): string {
  const sameYear = start.year === end.year;
  const sameMonth = sameYear && start.month !== undefined && start.month === end.month;
  if (sameMonth && start.day !== undefined && end.day !== undefined) {
    return `${start.day}–${formatPoint(end)}`;
  }
  if (
    sameYear &&
    start.month !== undefined &&
    end.month !== undefined &&
    (start.day === undefined) === (end.day === undefined)
  ) {
    const head =
      start.day === undefined ? MONTH_NAMES[start.month - 1]! : `${start.day} ${MONTH_NAMES[start.month - 1]!}`;
    return `${head} – ${formatPoint(end)}`;
  }
  return `${formatPoint(start)} – ${formatPoint(end)}`;
}

const QUALIFIER_WORDS: Record<DateQualifier, string> = {
  early: 'early',
  mid: 'mid-',
  late: 'late',
  spring: 'spring',
  summer: 'summer',
  autumn: 'autumn',
  winter: 'winter',
  before: 'before',
  after: 'after',
  around: 'around',
};

/** Display options for `formatPartialDate`. */
export interface FormatOptions {
  readonly qualifier?: DateQualifier | undefined;
  readonly timeZone?: string | undefined;
}

/**
 * British English display: "25 March 2024", "August 2021", "early 2021", "mid-2021",
 * "August 2021 – October 2022", with "(Pacific/Auckland time)" when a time zone is given.
 */
export function formatPartialDate(date: PartialDate | string, options: FormatOptions = {}): string {
  const parsed = typeof date === 'string' ? parsePartialDate(date) : date;
  let text = parsed.end ? formatRange(parsed.start, parsed.end) : formatPoint(parsed.start);
  if (options.qualifier) {
    const word = QUALIFIER_WORDS[options.qualifier];
    text = word.endsWith('-') ? `${word}${text}` : `${word} ${text}`;
  }
  if (options.timeZone) text = `${text} (${options.timeZone} time)`;
  return text;
}

/**
 * The value for an HTML `<time datetime>` attribute. HTML accepts a year, a month or a day; for a
 * range we give the start, and the visible text carries the end.
 * https://html.spec.whatwg.org/multipage/text-level-semantics.html#the-time-element
 */
export function toDatetimeAttribute(date: PartialDate | string): string {
  const parsed = typeof date === 'string' ? parsePartialDate(date) : date;
  return parsed.text.split('/')[0]!;
}
