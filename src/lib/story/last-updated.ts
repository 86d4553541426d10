/**
 * The home page's dates. "Last updated" is the newest of: the publication day, the story's own
 * update log, and the newest update anywhere in the content, all from the update logs
 * (src/lib/update-log.ts), never a file time or the clock.
 */
import { lastUpdated, latestDate } from '../update-log.ts';
import type { UpdateLogEntry } from '../../schemas/update-log.ts';

interface WithUpdates {
  readonly updates?: readonly UpdateLogEntry[] | undefined;
}

export function siteLastUpdated(published: string, entries: Iterable<WithUpdates>): string {
  const dates = [published];
  for (const data of entries) {
    const date = lastUpdated(data);
    if (date !== undefined) dates.push(date);
  }
  return latestDate(dates) ?? published;
}
