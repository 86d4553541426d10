/**
 * Reading the update logs (`updates:` in every schema, src/schemas/update-log.ts): the one place
 * that says when an entry last changed. Pages, JSON-LD, STIX and the feeds all ask here.
 */
import type { UpdateLogEntry } from '../schemas/update-log.ts';
import { comparePartialDates, parsePartialDate } from './partial-date.ts';

interface WithUpdates {
  readonly updates?: readonly UpdateLogEntry[] | undefined;
}

/** An entry's updates, oldest first (the order editors write them in is not trusted). */
export function updatesOf(data: WithUpdates): UpdateLogEntry[] {
  return [...(data.updates ?? [])].sort((a, b) =>
    comparePartialDates(parsePartialDate(a.date), parsePartialDate(b.date)),
  );
}

/** The date of the entry's latest update, or undefined when it has never been updated. */
export function lastUpdated(data: WithUpdates): string | undefined {
  return updatesOf(data).at(-1)?.date;
}

/** The latest of several dates (e.g. the newest update anywhere in the content). */
export function latestDate(dates: Iterable<string | undefined>): string | undefined {
  let latest: string | undefined;
  for (const date of dates) {
    if (date === undefined) continue;
    if (latest === undefined || comparePartialDates(parsePartialDate(date), parsePartialDate(latest)) > 0)
      latest = date;
  }
  return latest;
}
