/**
 * What quote pages show: each quote with its speaker's role on the day (derived from the actor's
 * dated titles by `roleAt`, never typed in the quote), the quotes grouped by speaker, and the
 * sides a reader can filter by. The side of each speaker is worked out once per model.
 */
import { roleAt } from '../lib/actors/role-at.ts';
import { NO_STATE_SIDE, sideOf } from '../lib/actors/side.ts';
import { metaDescription, truncateAtWord } from '../lib/actors/truncate.ts';
import { displayTitle } from '../lib/content-index.ts';
import { formatPartialDate } from '../lib/partial-date.ts';
import { collectionHref, entityHref } from '../lib/routes.ts';
import { LIST_PAGE_SIZES, pagerView, splitIntoPages, type PagerView } from '../lib/pagination/list-pages.ts';
import { roleText } from './actor-view.ts';
import { linkTo, sourceLinksOf, type LinkProps } from './view-helpers.ts';
import type { SiteEntity, SiteModel } from './site-model.ts';

type Quote = SiteEntity<'quotes'>;

/** A speaker (or co-signatory) with the role it held when the words were said. */
export interface SpeakerView {
  readonly link: LinkProps;
  /** "Foreign Secretary (…)", from the actor's titles at the quote's date; absent when none is known. */
  readonly role?: string | undefined;
}

export interface QuoteView {
  readonly id: string;
  /** The quote's own page. */
  readonly href: string;
  readonly text: string;
  readonly language: string;
  readonly fragment: boolean;
  readonly speakerId: string;
  readonly speaker: SpeakerView;
  /** The capacity from the quote itself, e.g. "spokesperson for". */
  readonly capacity?: string | undefined;
  readonly jointWith: readonly SpeakerView[];
  readonly date: string;
  readonly timeZone?: string | undefined;
  readonly occasion: string;
  readonly sources: readonly LinkProps[];
  readonly side: string;
}

function speakerView(model: SiteModel, actorId: string, date: string, base: string): SpeakerView {
  const actor = model.index.byId.get(actorId);
  const title = actor?.collection === 'actors' ? roleAt(actor.data, date) : undefined;
  return { link: linkTo(model, actorId, base), role: title ? roleText(model, title) : undefined };
}

interface Derived {
  readonly sides: ReadonlyMap<string, string>;
}
const derivedByModel = new WeakMap<SiteModel, Derived>();

/** Each speaker's side, computed once per model. */
function derived(model: SiteModel): Derived {
  let known = derivedByModel.get(model);
  if (!known) {
    const sides = new Map<string, string>();
    for (const quote of model.index.byCollection.quotes) {
      if (!sides.has(quote.data.speaker)) sides.set(quote.data.speaker, sideOf(model.index, quote.data.speaker));
    }
    known = { sides };
    derivedByModel.set(model, known);
  }
  return known;
}

export function quoteView(model: SiteModel, quote: Quote, base: string): QuoteView {
  const { data } = quote;
  return {
    id: quote.id,
    href: entityHref('quotes', quote.id, base),
    text: data.text,
    language: data.language,
    fragment: data.fragment,
    speakerId: data.speaker,
    speaker: speakerView(model, data.speaker, data.date, base),
    capacity: data.speakerRole,
    jointWith: data.jointWith.map((id) => speakerView(model, id, data.date, base)),
    date: data.date,
    timeZone: data.timeZone,
    occasion: data.occasion,
    sources: sourceLinksOf(model, data.sources, base),
    side: derived(model).sides.get(data.speaker) ?? NO_STATE_SIDE,
  };
}

export interface SpeakerGroup {
  readonly speakerId: string;
  readonly speaker: LinkProps;
  readonly quotes: readonly QuoteView[];
}

/** Quotes grouped by speaker, speakers in the order of their first quote (quotes are in date order). */
export function quotesBySpeaker(quotes: readonly QuoteView[]): SpeakerGroup[] {
  const groups = new Map<string, { speaker: LinkProps; quotes: QuoteView[] }>();
  for (const quote of quotes) {
    const key = quote.speakerId;
    const group = groups.get(key) ?? { speaker: quote.speaker.link, quotes: [] };
    group.quotes.push(quote);
    groups.set(key, group);
  }
  return [...groups].map(([speakerId, group]) => ({ speakerId, ...group }));
}

const quoteViews = new WeakMap<SiteModel, QuoteView[]>();

/**
 * Every quote as a view, in the index's (date) order: built once per build and shared by the
 * list and every side page, which used to rebuild it each (pages × entries, issue 12).
 */
export function allQuoteViews(model: SiteModel, base: string): QuoteView[] {
  let views = quoteViews.get(model);
  if (!views) {
    views = model.index.byCollection.quotes.map((quote) => quoteView(model, quote, base));
    quoteViews.set(model, views);
  }
  return views;
}

/** One page of the quotes list: its quotes grouped by speaker, and its navigation. */
export interface QuotesPage {
  readonly number: number;
  readonly groups: readonly SpeakerGroup[];
  readonly pager: PagerView | undefined;
}

/** The quotes list in pages of at most LIST_PAGE_SIZES.quotes; the real story's fits on one. */
export function quotePages(model: SiteModel, base: string): QuotesPage[] {
  const slices = splitIntoPages(allQuoteViews(model, base), LIST_PAGE_SIZES.quotes);
  const listHref = collectionHref('quotes', base);
  return slices.map((slice, i) => ({
    number: i + 1,
    groups: quotesBySpeaker(slice),
    pager: pagerView(listHref, slices.length, i + 1),
  }));
}

export interface SideView {
  /** The state's actor id, or `international`: also the URL segment. */
  readonly id: string;
  readonly label: string;
  readonly href: string;
  readonly count: number;
}

/** The quotes page filtered to one side. */
export function sideHref(side: string, base: string): string {
  return `${collectionHref('quotes', base)}side/${encodeURIComponent(side)}/`;
}

/**
 * At most this many sides get a filter link and page: at a scale the real story never reaches,
 * a link per state on every quotes page would grow with pages × entries (issue 12).
 */
export const SIDE_FILTER_LIMIT = 40;

/** The sides that have quotes, most quoted first, then by name; the SIDE_FILTER_LIMIT first. */
export function quoteSides(model: SiteModel, base: string): SideView[] {
  const counts = new Map<string, number>();
  for (const quote of model.index.byCollection.quotes) {
    const side = derived(model).sides.get(quote.data.speaker) ?? NO_STATE_SIDE;
    counts.set(side, (counts.get(side) ?? 0) + 1);
  }
  return [...counts]
    .map(([id, count]) => {
      const state = model.index.byId.get(id);
      const label = state ? displayTitle(state) : 'International (no state)';
      return { id, label, href: sideHref(id, base), count };
    })
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'en-GB'))
    .slice(0, SIDE_FILTER_LIMIT);
}

/** The page title of a quote: speaker and the words, shortened at a word boundary. */
export function quoteTitle(view: QuoteView): string {
  return `${view.speaker.link.label}: “${truncateAtWord(view.text, 70)}”`;
}

/** A plain-sentence meta description of a quote. */
export function quoteDescription(view: QuoteView): string {
  const who = view.speaker.role ? `${view.speaker.link.label}, ${view.speaker.role}` : view.speaker.link.label;
  const when = formatPartialDate(view.date, { timeZone: view.timeZone });
  return metaDescription(`${who}, ${when} (${view.occasion}): “${truncateAtWord(view.text, 140)}”`, 300);
}
