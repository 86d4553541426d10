/** Whether a partial date falls wholly inside a period, e.g. a measure inside the days of a response. */
import { parsePartialDate, type DatePoint } from '../partial-date.ts';
import { daysInMonth } from '../../schemas/partial-date.ts';

function firstDay(point: DatePoint): number {
  return point.year * 10000 + (point.month ?? 1) * 100 + (point.day ?? 1);
}

function lastDay(point: DatePoint): number {
  const month = point.month ?? 12;
  return point.year * 10000 + month * 100 + (point.day ?? daysInMonth(point.year, month));
}

/**
 * True when every day `date` could mean lies within `period` ("2024-03-25" is within
 * "2024-03-25/2024-03-26"; "2024-03" is not, since it could be any day of March).
 */
export function isWithin(date: string, period: string): boolean {
  const inner = parsePartialDate(date);
  const outer = parsePartialDate(period);
  return (
    firstDay(inner.start) >= firstDay(outer.start) &&
    lastDay(inner.end ?? inner.start) <= lastDay(outer.end ?? outer.start)
  );
}
