/**
 * The reader's label for an event's date: its precision and qualifier as written, and, where the
 * calendar day depends on where you stand, the place whose calendar it is ("26 March 2024, New
 * Zealand time"), not an IANA name.
 */
import type { DateQualifier } from '../../schemas/partial-date.ts';
import { formatPartialDate } from '../partial-date.ts';

/** Names readers know for the zones the story's dates are given in. */
const ZONE_NAMES: Readonly<Record<string, string>> = {
  'Pacific/Auckland': 'New Zealand',
  'Australia/Sydney': 'Australian',
  'Australia/Melbourne': 'Australian',
  'Australia/Canberra': 'Australian',
  'Europe/London': 'UK',
  'Asia/Shanghai': 'Beijing',
  'Asia/Hong_Kong': 'Hong Kong',
  'America/New_York': 'US Eastern',
  'America/Washington': 'US Eastern',
  'Europe/Helsinki': 'Finnish',
  'Europe/Prague': 'Czech',
  'Europe/Brussels': 'Brussels',
  UTC: 'UTC',
  'Etc/UTC': 'UTC',
};

/** "New Zealand" for Pacific/Auckland; for a zone not listed, its city ("America/Los_Angeles" → "Los Angeles"). */
export function zoneName(timeZone: string): string {
  return ZONE_NAMES[timeZone] ?? timeZone.split('/').pop()!.replaceAll('_', ' ');
}

/** What the label needs from an event. */
export interface DateLabelInput {
  readonly date: string;
  readonly qualifier?: DateQualifier | undefined;
  readonly timeZone?: string | undefined;
}

/** "August 2021", "autumn 2020", "26 March 2024, New Zealand time". */
export function eventDateLabel(event: DateLabelInput): string {
  const text = formatPartialDate(event.date, { qualifier: event.qualifier });
  return event.timeZone ? `${text}, ${zoneName(event.timeZone)} time` : text;
}

/** A compact label for the visual timeline: "Aug 2021", "2010", "25 Mar 2024". */
export function shortDateLabel(event: DateLabelInput): string {
  return eventDateLabel({ date: event.date, qualifier: event.qualifier }).replace(
    /\b(January|February|March|April|May|June|July|August|September|October|November|December)\b/g,
    (month) => month.slice(0, 3),
  );
}
