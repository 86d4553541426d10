/**
 * The visual timeline's geometry, worked out at build time: where the years, the bands (periods
 * such as the Electoral Commission's access) and the key dates fall on a horizontal axis, and in
 * which row each label goes so that no two labels overlap and no leader line crosses a label.
 * The component only draws what this returns; the same input always gives the same drawing.
 *
 * Text widths are estimated from the number of characters (no font is measured at build time), with
 * a margin that holds for the system sans-serif fonts the site uses.
 */
import { parsePartialDate } from '../partial-date.ts';
import { spanOf } from './chronology.ts';
import { dayNumber } from './day-number.ts';

/** A period drawn as a band, or a date drawn as a mark. */
export interface AxisItem {
  readonly id: string;
  /** A partial date or range as in the content. */
  readonly date: string;
  /** Short label for the drawing ("Electoral Commission detects it"). */
  readonly label: string;
  /** Compact date for the drawing ("Oct 2022"). */
  readonly shortDate: string;
  /** Full date for the text alternative ("October 2022"). */
  readonly dateLabel: string;
}

export interface AxisInput {
  /** The axis runs from 1 January of `fromYear` to 31 December of `toYear`. */
  readonly fromYear: number;
  readonly toYear: number;
  readonly bands: readonly AxisItem[];
  readonly marks: readonly AxisItem[];
}

export interface AxisLayout {
  /** viewBox width, in user units. */
  readonly width: number;
  /** Label font size, in user units. */
  readonly fontSize: number;
  /** Label every n-th year (ticks are drawn for every year). */
  readonly yearLabelEvery: number;
}

export interface PlacedLabel {
  readonly id: string;
  readonly kind: 'band' | 'mark';
  /** Where the label's leader line meets the axis. */
  readonly x: number;
  /** Where the label's text starts: at `x`, or further left near the right edge. */
  readonly textX: number;
  /** Baselines of the two lines: the date, then the label. */
  readonly dateY: number;
  readonly labelY: number;
  readonly shortDate: string;
  readonly label: string;
  /** The leader line runs from the axis down to just above the label. */
  readonly leaderFrom: number;
  readonly leaderTo: number;
}

export interface AxisModel {
  readonly width: number;
  readonly height: number;
  readonly fontSize: number;
  readonly axisY: number;
  readonly axisFrom: number;
  readonly axisTo: number;
  readonly years: readonly { readonly year: number; readonly x: number; readonly labelled: boolean }[];
  readonly bands: readonly { readonly id: string; readonly x: number; readonly width: number }[];
  /** Each mark spans the period its date names (a year, a month), at least `MIN_MARK` wide. */
  readonly marks: readonly { readonly id: string; readonly x: number; readonly width: number }[];
  readonly labels: readonly PlacedLabel[];
  /** One sentence per band and mark, for `<desc>` and the caption. */
  readonly summary: string;
}

const MARGIN = 18;
/** The width of a one-day mark; wider marks span their month or year. */
export const MIN_MARK = 4;
/** Average advance of a character as a share of the font size, with some slack. */
const CHAR_WIDTH = 0.56;
const BAND_HALF = 9;
const MARK_HALF = 6;

export function estimateTextWidth(text: string, fontSize: number): number {
  return text.length * fontSize * CHAR_WIDTH;
}

/** Lay out the axis for one viewBox width. */
export function axisModel(input: AxisInput, layout: AxisLayout): AxisModel {
  const { width, fontSize, yearLabelEvery } = layout;
  const first = dayNumber(input.fromYear, 1, 1);
  const afterLast = dayNumber(input.toYear + 1, 1, 1);
  const axisFrom = MARGIN;
  const axisTo = width - MARGIN;
  const xOf = (day: number) => axisFrom + ((day - first) / (afterLast - first)) * (axisTo - axisFrom);
  const round = (value: number) => Math.round(value * 10) / 10;

  const axisY = fontSize * 2 + 4;
  const years = [];
  for (let year = input.fromYear; year <= input.toYear + 1; year++) {
    years.push({
      year,
      x: round(xOf(dayNumber(year, 1, 1))),
      labelled: (year - input.fromYear) % yearLabelEvery === 0 && year <= input.toYear,
    });
  }

  const spanX = (date: string) => {
    const parsed = parsePartialDate(date);
    const start = spanOf(parsed.start).first;
    const end = spanOf(parsed.end ?? parsed.start).afterLast;
    return { x: xOf(Math.max(start, first)), end: xOf(Math.min(end, afterLast)) };
  };
  const bands = input.bands.map((band) => {
    const { x, end } = spanX(band.date);
    return { id: band.id, x: round(x), width: round(Math.max(end - x, MIN_MARK)) };
  });
  const marks = input.marks.map((mark) => {
    const { x, end } = spanX(mark.date);
    return { id: mark.id, x: round(x), width: round(Math.max(end - x, MIN_MARK)) };
  });

  const lineHeight = Math.round(fontSize * 1.25);
  const laneHeight = lineHeight * 2 + 6;
  const firstLaneTop = axisY + BAND_HALF + 8;
  const gap = fontSize * 0.6;
  const lanes: { from: number; to: number }[][] = [];
  const items = [
    ...input.bands.map((item, i) => ({ item, kind: 'band' as const, x: bands[i]!.x })),
    ...input.marks.map((item, i) => ({ item, kind: 'mark' as const, x: marks[i]!.x })),
  ]
    // Right to left: each label then sits below those to its right, so its leader line passes
    // only labels that start further right, and misses them.
    .sort((a, b) => b.x - a.x || (a.kind === b.kind ? 0 : a.kind === 'mark' ? 1 : -1));

  const leaders: { x: number; lane: number }[] = [];
  const labels: PlacedLabel[] = [];
  for (const { item, kind, x } of items) {
    const textWidth = Math.max(
      estimateTextWidth(item.shortDate, fontSize) * 1.08, // the date line is bold
      estimateTextWidth(item.label, fontSize),
    );
    // The label starts at its date, or as far right as it fits; the leader still meets the date.
    const from = Math.max(2, Math.min(x, width - 2 - textWidth));
    const to = from + textWidth;
    const free = (lane: number) => (lanes[lane] ?? []).every((box) => to + gap <= box.from || from >= box.to + gap);
    // The leader line crosses every lane above this one; ideally not through a label there.
    const leaderClear = (lane: number) =>
      lanes.slice(0, lane).every((above) => above.every((box) => x < box.from - 2 || x > box.to + 2));
    // This label must not cover the leader of a label already placed further down.
    const coversLeader = (lane: number) =>
      leaders.some((leader) => leader.lane > lane && leader.x >= from - 2 && leader.x <= to + 2);
    // A fresh lane below all others is always free and covers no leader, so both searches end.
    let lane = 0;
    while (lane < lanes.length && !(free(lane) && !coversLeader(lane) && leaderClear(lane))) lane++;
    if (lane === lanes.length && !leaderClear(lane)) {
      // No clean place (two dates share an x): take the nearest free lane; labels have a halo,
      // so a leader passing behind one stays legible.
      lane = 0;
      while (!(free(lane) && !coversLeader(lane))) lane++;
    }
    (lanes[lane] ??= []).push({ from, to });
    leaders.push({ x, lane });
    const top = firstLaneTop + lane * laneHeight;
    labels.push({
      id: item.id,
      kind,
      x,
      textX: round(from),
      dateY: top + fontSize,
      labelY: top + fontSize + lineHeight,
      shortDate: item.shortDate,
      label: item.label,
      leaderFrom: axisY + (kind === 'band' ? BAND_HALF : MARK_HALF),
      leaderTo: top + 2,
    });
  }
  const height = firstLaneTop + Math.max(lanes.length, 1) * laneHeight + 4;

  const summary = [
    `A line from ${input.fromYear} to ${input.toYear}.`,
    ...input.bands.map((band) => `Shaded: ${band.label}, ${band.dateLabel}.`),
    ...input.marks.map((mark) => `${mark.dateLabel}: ${mark.label}.`),
  ].join(' ');

  return { width, height, fontSize, axisY, axisFrom, axisTo, years, bands, marks, labels, summary };
}

export const MARK_HEIGHT = MARK_HALF * 2;
export const BAND_HEIGHT = BAND_HALF * 2;
