/**
 * STIX timestamps from partial dates. STIX wants a full RFC 3339 instant in UTC; our dates are a
 * year, a month or a day. The start of a period maps to its first millisecond and the end to its
 * last, computed from the numbers in the string (no JS Date, so no time-zone drift).
 */
import { parsePartialDate, type DatePoint } from '../../partial-date.ts';
import { daysInMonth } from '../../../schemas/partial-date.ts';

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

function firstInstant(point: DatePoint): string {
  return `${pad(point.year, 4)}-${pad(point.month ?? 1)}-${pad(point.day ?? 1)}T00:00:00.000Z`;
}

function lastInstant(point: DatePoint): string {
  const month = point.month ?? 12;
  const day = point.day ?? daysInMonth(point.year, month);
  return `${pad(point.year, 4)}-${pad(month)}-${pad(day)}T23:59:59.999Z`;
}

/** The first instant of a partial date (of its start, for a range). */
export function startTimestamp(date: string): string {
  return firstInstant(parsePartialDate(date).start);
}

/** The last instant of a partial date (of its end, for a range). */
export function endTimestamp(date: string): string {
  const parsed = parsePartialDate(date);
  return lastInstant(parsed.end ?? parsed.start);
}
