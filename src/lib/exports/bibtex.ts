/**
 * The bibliography as BibTeX, for LaTeX users and reference managers. One entry per source; the
 * key is the source id (ids are lowercase letters, digits and hyphens, all legal in a key).
 *
 * Entry types follow the CSL types in csl.ts: newspapers are `@article` (the paper is the
 * `journal`), reports `@techreport` (the publisher is the `institution`), everything else `@misc`
 * (the publisher is `howpublished`). Values are brace-delimited and escaped, so no title can end
 * an entry early or run a command; titles and names sit in an extra pair of braces so styles keep
 * their capitals and do not split "X and Y" into two names. URLs are written verbatim.
 */
import type { IndexableEntity } from '../content-index.ts';
import { parsePartialDate } from '../partial-date.ts';
import { MONTH_NAMES } from '../../schemas/partial-date.ts';
import { CSL_TYPES } from './csl.ts';

const MONTH_MACROS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] as const;

const ESCAPES: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '#': '\\#',
  $: '\\$',
  '%': '\\%',
  '&': '\\&',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

/**
 * Text made safe inside a brace-delimited BibTeX value: LaTeX's special characters become
 * commands, line breaks (CR, LF, U+2028, U+2029) become spaces, and "--" (which LaTeX would turn into a dash) is kept
 * as two hyphens.
 */
export function escapeBibtex(text: string): string {
  return text
    .replace(/[\\{}#$%&_~^]/g, (char) => ESCAPES[char]!)
    .replace(/\s*[\r\n\u2028\u2029]+\s*/g, ' ')
    .replace(/-(?=-)/g, '-{}');
}

/** A URL as a BibTeX value: verbatim, except that braces, which would unbalance the value, are encoded. */
function bibtexUrl(url: string): string {
  return url.replaceAll('{', '%7B').replaceAll('}', '%7D');
}

function bibtexEntryType(cslType: string): 'article' | 'techreport' | 'misc' {
  if (cslType === 'article-newspaper') return 'article';
  if (cslType === 'report') return 'techreport';
  return 'misc';
}

/** One source as a BibTeX entry. */
export function bibtexEntry(source: IndexableEntity<'sources'>): string {
  const { data } = source;
  const type = bibtexEntryType(CSL_TYPES[data.kind]);
  const publisherField = type === 'article' ? 'journal' : type === 'techreport' ? 'institution' : 'howpublished';
  const fields: [string, string][] = [
    ['title', `{{${escapeBibtex(data.title)}}}`],
    [publisherField, `{{${escapeBibtex(data.publisher)}}}`],
  ];
  if (data.published !== undefined) {
    const { start } = parsePartialDate(data.published);
    fields.push(['year', `{${start.year}}`]);
    if (start.month !== undefined) fields.push(['month', MONTH_MACROS[start.month - 1]!]);
    if (start.day !== undefined) fields.push(['day', `{${start.day}}`]);
  }
  // A wire or print copy has no address; BibTeX says how it was published instead.
  if (data.url !== undefined) fields.push(['url', `{${bibtexUrl(data.url)}}`]);
  else if (publisherField !== 'howpublished') fields.push(['howpublished', `{${data.medium} copy}`]);
  const accessed = parsePartialDate(data.accessed).start;
  const accessedText = [accessed.day, accessed.month && MONTH_NAMES[accessed.month - 1], accessed.year]
    .filter(Boolean)
    .join(' ');
  fields.push(['urldate', `{${data.accessed}}`], ['note', `{Accessed ${accessedText}}`]);
  if (data.language !== 'en') fields.push(['language', `{${data.language}}`]);
  const body = fields.map(([name, value]) => `  ${name} = ${value}`).join(',\n');
  return `@${type}{${source.id},\n${body}\n}\n`;
}

/** `/data/sources.bib`: every source, in the index's reading order, separated by blank lines. */
export function bibtexFile(sources: readonly IndexableEntity<'sources'>[]): string {
  return sources.map(bibtexEntry).join('\n');
}
