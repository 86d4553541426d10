/**
 * The bibliography as CSL-JSON (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html),
 * which Zotero, Pandoc and every CSL processor read. One item per source; the item id is the
 * source id, so `[@fcdo]` in Pandoc cites the same document as `:cite[fcdo]` here.
 */
import type { IndexableEntity } from '../content-index.ts';
import { parsePartialDate, type DatePoint } from '../partial-date.ts';
import type { SourceData } from '../../schemas/source.ts';

type SourceKind = SourceData['kind'];

/**
 * CSL item types for our source kinds. Government releases and Hansard are web pages; regulators'
 * decisions and vendors' analyses are reports; court filings are legal cases; MITRE ATT&CK and
 * encyclopedias are encyclopedia entries.
 */
export const CSL_TYPES: Record<SourceKind, string> = {
  official: 'webpage',
  parliament: 'webpage',
  court: 'legal_case',
  regulator: 'report',
  press: 'article-newspaper',
  vendor: 'report',
  reference: 'entry-encyclopedia',
};

/** A CSL date: `{ "date-parts": [[2024, 3, 25]] }`, with a second part for a range. */
export interface CslDate {
  readonly 'date-parts': readonly (readonly number[])[];
}

export interface CslItem {
  readonly id: string;
  readonly type: string;
  readonly title: string;
  readonly publisher?: string;
  readonly 'container-title'?: string;
  readonly URL?: string;
  /** How a copy without an address was read (wire, print). */
  readonly medium?: string;
  readonly issued?: CslDate;
  readonly accessed: CslDate;
  readonly language: string;
  readonly note?: string;
}

function dateParts(point: DatePoint): number[] {
  return [
    point.year,
    ...(point.month === undefined ? [] : [point.month]),
    ...(point.day === undefined ? [] : [point.day]),
  ];
}

/** A partial date as a CSL date: only the parts we know, so "2021-08" stays a month. */
export function cslDate(text: string): CslDate {
  const date = parsePartialDate(text);
  return { 'date-parts': date.end ? [dateParts(date.start), dateParts(date.end)] : [dateParts(date.start)] };
}

/** One source as a CSL item. A newspaper's name is its container; other publishers publish. */
export function cslItem(source: IndexableEntity<'sources'>): CslItem {
  const { data } = source;
  const type = CSL_TYPES[data.kind];
  const notes = [data.note, data.archiveUrl && `Archived copy: ${data.archiveUrl}`].filter(Boolean);
  return {
    id: source.id,
    type,
    title: data.title,
    ...(type === 'article-newspaper' ? { 'container-title': data.publisher } : { publisher: data.publisher }),
    ...(data.url === undefined ? { medium: data.medium } : { URL: data.url }),
    ...(data.published === undefined ? {} : { issued: cslDate(data.published) }),
    accessed: cslDate(data.accessed),
    language: data.language,
    ...(notes.length === 0 ? {} : { note: notes.join(' ') }),
  };
}

/** `/data/sources.csl.json`: every source, in the index's reading order. */
export function cslJson(sources: readonly IndexableEntity<'sources'>[]): string {
  return `${JSON.stringify(sources.map(cslItem), null, 2)}\n`;
}
