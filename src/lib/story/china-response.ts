/**
 * The response of those blamed, for the at-a-glance panel: the story's `responses` quotes, each
 * with its speaker and the timeline event it belongs to. The event is the first timeline entry
 * that cites the quote (its body links to it), else the first event the quote says it is about.
 */
import type { ContentIndex, IndexableEntity } from '../content-index.ts';
import { comparePartialDates, parsePartialDate } from '../partial-date.ts';
import type { StoryData } from '../../schemas/story.ts';
import { entryIn, type EntryOf } from './lookup.ts';

export interface Response<E extends IndexableEntity> {
  readonly quote: EntryOf<E, 'quotes'>;
  readonly speaker: EntryOf<E, 'actors'>;
  readonly event: EntryOf<E, 'timeline'> | undefined;
}

export function responsesOf<E extends IndexableEntity>(index: ContentIndex<E>, story: StoryData): Response<E>[] {
  return story.responses.map((id) => {
    const quote = entryIn(index, 'quotes', id);
    const citing = (index.backlinks.get(id) ?? []).find(({ from }) => from.collection === 'timeline')?.from;
    const about = quote.data.about.map((ref) => index.byId.get(ref)).find((entry) => entry?.collection === 'timeline');
    return {
      quote,
      speaker: entryIn(index, 'actors', quote.data.speaker),
      event: (citing ?? about) as EntryOf<E, 'timeline'> | undefined,
    };
  });
}

interface Titled {
  readonly titles?:
    | readonly {
        readonly title: string;
        readonly organisation?: string | undefined;
        readonly from?: string | undefined;
        readonly to?: string | undefined;
      }[]
    | undefined;
}

/**
 * The first title an actor held on a date, going by its `from`/`to` dates (a title with neither
 * counts as held). Returns the title and its organisation's id.
 */
export function titleAt(actor: Titled, date: string): { title: string; organisation?: string } | undefined {
  const day = parsePartialDate(date);
  const held = (actor.titles ?? []).find(
    (title) =>
      (title.from === undefined || comparePartialDates(parsePartialDate(title.from), day) <= 0) &&
      (title.to === undefined || comparePartialDates(parsePartialDate(title.to), day) >= 0),
  );
  if (!held) return undefined;
  return held.organisation === undefined
    ? { title: held.title }
    : { title: held.title, organisation: held.organisation };
}
