/**
 * Partial ISO dates: the only way a date is written in content/.
 *
 * News dates are often known only to the month or the year ("August 2021"), so a date is a string
 * whose shape says how precise it is, and never a JS `Date`, which would invent a day and shift
 * with the reader's time zone. The grammar and the calendar check live here; parsing, comparing
 * and formatting live in `src/lib/partial-date.ts`.
 *
 * - `2024` — a year
 * - `2024-03` — a month
 * - `2024-03-25` — a day
 * - `2021-08/2022-10` — a range; each end may have its own precision
 */
import { z } from 'astro/zod';

/** One end of a date: year, optional month, optional day. */
export const SINGLE_DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** Days in a month of the proleptic Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return leap ? 29 : 28;
  }
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

const FORMAT_HELP = 'write YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2024-03-25), or a range such as 2021-08/2022-10';

/** Why `text` is not a valid single date, or undefined when it is. */
export function singleDateProblem(text: string): string | undefined {
  const match = SINGLE_DATE_PATTERN.exec(text);
  if (!match) return `"${text}" is not a partial ISO date: ${FORMAT_HELP}`;
  const [, y, m, d] = match;
  const year = Number(y);
  if (m === undefined) return undefined;
  const month = Number(m);
  if (month < 1 || month > 12) return `"${text}" is not a real date: there is no month ${m}`;
  if (d === undefined) return undefined;
  const day = Number(d);
  const last = daysInMonth(year, month);
  if (day < 1 || day > last) {
    return `"${text}" is not a real date: ${MONTH_NAMES[month - 1]} ${year} has ${last} days`;
  }
  return undefined;
}

/** Why `text` is not a valid partial date (single or range), or undefined when it is. */
export function partialDateProblem(text: string): string | undefined {
  if (/^\d{1,2}[/.-]\d{1,2}[/.-]\d{4}$/.test(text)) {
    return `"${text}" puts the day or month first, which is ambiguous; write it year first as YYYY-MM-DD`;
  }
  const parts = text.split('/');
  if (parts.length > 2) return `"${text}" has more than one "/": ${FORMAT_HELP}`;
  for (const part of parts) {
    const problem = singleDateProblem(part);
    if (problem) return problem;
  }
  return undefined;
}

/** Every date field's schema instance, so the checker can find dates without a second list. */
export const dateRegistry = z.registry<{ readonly allowRange: boolean }>();

/**
 * A partial ISO date or a range. YAML reads a bare year such as `2010` as a number, so numbers are
 * turned back into the text the editor wrote before the format is checked.
 */
export function partialDate(description: string, options: { allowRange?: boolean } = {}) {
  const allowRange = options.allowRange ?? false;
  const schema = z
    .preprocess(
      (value) => (typeof value === 'number' && Number.isInteger(value) ? String(value) : value),
      z.string({ error: `expected a date as text: ${FORMAT_HELP}` }).superRefine((text, ctx) => {
        if (!allowRange && text.includes('/') && partialDateProblem(text) === undefined) {
          ctx.addIssue({
            code: 'custom',
            message: `"${text}" is a range, but this field takes a single date (YYYY, YYYY-MM or YYYY-MM-DD)`,
          });
          return;
        }
        const problem = partialDateProblem(text);
        if (problem) ctx.addIssue({ code: 'custom', message: problem });
      }),
    )
    .meta({ description });
  return schema.register(dateRegistry, { allowRange });
}

/** How precise a timeline date is. `range` means the date has a start and an end. */
export const PRECISIONS = ['day', 'month', 'year', 'range'] as const;
export type Precision = (typeof PRECISIONS)[number];

/** Words that soften a date, as in "early 2021" or "before March 2024". */
export const DATE_QUALIFIERS = [
  'early',
  'mid',
  'late',
  'spring',
  'summer',
  'autumn',
  'winter',
  'before',
  'after',
  'around',
] as const;
export type DateQualifier = (typeof DATE_QUALIFIERS)[number];

const knownTimeZones = new Map<string, boolean>();

/** True when the runtime knows this IANA time zone name. Cached: building a formatter is slow. */
export function isKnownTimeZone(name: string): boolean {
  let known = knownTimeZones.get(name);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat('en-GB', { timeZone: name });
      known = true;
    } catch {
      known = false;
    }
    knownTimeZones.set(name, known);
  }
  return known;
}

/** An IANA time zone, for dates whose calendar day depends on where you stand. */
export function timeZone(description: string) {
  return z
    .string()
    .refine(isKnownTimeZone, {
      error: (issue) =>
        `"${String(issue.input)}" is not an IANA time zone name; use e.g. "Europe/London" or "Pacific/Auckland"`,
    })
    .meta({ description });
}
