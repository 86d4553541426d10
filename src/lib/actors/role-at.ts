/**
 * The office an actor held on a given day, read from the actor's dated `titles`. A quote's caption
 * says "David Cameron, Foreign Secretary" from this lookup, so the role is never typed twice.
 *
 * Partial dates name periods ("2024-03" is all of March), so the rules compare periods:
 * - `from`/`to`: the quote's whole period lies between the earliest day `from` can mean and the
 *   last day `to` can mean (an open end is unbounded). A title from "2023-11" covers a quote of
 *   "2023-11-20"; a title to "2024-07" does not cover a quote of "2024".
 * - `asOf` alone (held on a known day, start and end unknown): the quote and the `asOf` date name
 *   the same period at the coarser of their two precisions, i.e. one contains the other. We do not
 *   stretch a title verified on 25 March 2024 to a quote from 2021.
 * - With both, either rule may match: `asOf` is evidence in addition to the known ends.
 */
import type { ActorData } from '../../schemas/actor.ts';
import { parsePartialDate, type DatePoint, type PartialDate } from '../partial-date.ts';
import { daysInMonth } from '../../schemas/partial-date.ts';

export type ActorTitle = ActorData['titles'][number];

/** The least `roleAt` needs: an actor's titles. */
export interface HasTitles {
  readonly titles: readonly ActorTitle[];
}

interface Span {
  readonly first: number;
  readonly last: number;
}

function firstDay(point: DatePoint): number {
  return point.year * 10000 + (point.month ?? 1) * 100 + (point.day ?? 1);
}

function lastDay(point: DatePoint): number {
  const month = point.month ?? 12;
  return point.year * 10000 + month * 100 + (point.day ?? daysInMonth(point.year, month));
}

/** Every day a partial date (or range) can mean, as YYYYMMDD numbers. */
function spanOf(date: PartialDate): Span {
  return { first: firstDay(date.start), last: lastDay(date.end ?? date.start) };
}

function contains(outer: Span, inner: Span): boolean {
  return outer.first <= inner.first && inner.last <= outer.last;
}

function coversByEnds(title: ActorTitle, when: Span): boolean {
  if (title.from === undefined && title.to === undefined) return false;
  const first = title.from === undefined ? -Infinity : spanOf(parsePartialDate(title.from)).first;
  const last = title.to === undefined ? Infinity : spanOf(parsePartialDate(title.to)).last;
  return contains({ first, last }, when);
}

function coversByAsOf(title: ActorTitle, when: Span): boolean {
  if (title.asOf === undefined) return false;
  const asOf = spanOf(parsePartialDate(title.asOf));
  return contains(asOf, when) || contains(when, asOf);
}

/** Every title the actor held at `date`, in the order the entry lists them. */
export function titlesAt(actor: HasTitles, date: string): ActorTitle[] {
  const when = spanOf(parsePartialDate(date));
  return actor.titles.filter((title) => coversByEnds(title, when) || coversByAsOf(title, when));
}

/**
 * The actor's role at `date`: the first matching title in the entry's order (editors list the
 * principal office first), or undefined when no title is known to cover that date.
 */
export function roleAt(actor: HasTitles, date: string): ActorTitle | undefined {
  return titlesAt(actor, date)[0];
}
