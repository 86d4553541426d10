/**
 * The key dates strip: the story's `keyDates` as timeline events, in order of time. The editor
 * lists them in order; the order is still computed here so a slip cannot show 2023 before 2021.
 * Events on the same date keep the editor's order (the sort is stable).
 */
import type { ContentIndex, IndexableEntity } from '../content-index.ts';
import { comparePartialDates, parsePartialDate } from '../partial-date.ts';
import type { StoryData } from '../../schemas/story.ts';
import { entryIn, type EntryOf } from './lookup.ts';

export function keyDatesOf<E extends IndexableEntity>(
  index: ContentIndex<E>,
  story: StoryData,
): EntryOf<E, 'timeline'>[] {
  const events = story.keyDates.map((id) => entryIn(index, 'timeline', id));
  return events
    .map((event) => ({ event, date: parsePartialDate(event.data.date) }))
    .sort((a, b) => comparePartialDates(a.date, b.date))
    .map(({ event }) => event);
}
