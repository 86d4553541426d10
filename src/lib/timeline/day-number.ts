/**
 * Calendar days as plain integers, so dates can be placed and compared without a JS `Date`
 * (which would read the build machine's time zone). Proleptic Gregorian calendar.
 */
import { daysInMonth } from '../../schemas/partial-date.ts';

/** Days since 1970-01-01 for a calendar day (Howard Hinnant's `days_from_civil`). */
export function dayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const monthFromMarch = (month + 9) % 12;
  const dayOfYear = Math.floor((153 * monthFromMarch + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The last day of a month, as a day number. */
export function lastDayOfMonth(year: number, month: number): number {
  return dayNumber(year, month, daysInMonth(year, month));
}
