/**
 * CSV encoding (RFC 4180) that opens cleanly in a spreadsheet.
 *
 * - UTF-8 with a byte-order mark: Excel reads a BOM-less UTF-8 file as the local code page and
 *   turns "赵光宗" and "chargé" into mojibake; every other consumer skips the BOM.
 * - CRLF after every row, the last one included; one header row.
 * - A field that holds a comma, a double quote, CR or LF is wrapped in double quotes, and its
 *   quotes are doubled.
 * - Lists are joined with `LIST_SEPARATOR` ("; "). References are written as ids.
 * - Formula injection is neutralised: a text cell that begins with `=`, `+`, `-`, `@`, a tab or a
 *   CR gets a leading apostrophe (`'=cmd` shows as text). Numeric columns hold numbers, which are
 *   written as they are, so a negative number is never mangled.
 */

/** What a cell may hold before encoding. */
export type CellValue = string | number | boolean | null | undefined | readonly string[];

export const CSV_BOM = '\uFEFF';
export const CSV_LINE_END = '\r\n';
export const LIST_SEPARATOR = '; ';

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** A text cell made safe to open in a spreadsheet: formula-like text gets a leading apostrophe. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** The text of a cell, before quoting. */
export function cellText(value: CellValue): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'string') return neutraliseFormula(value);
  return neutraliseFormula(value.join(LIST_SEPARATOR));
}

/** One field as written in the file: quoted when RFC 4180 requires it. */
export function quoteField(text: string): string {
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A whole CSV file: BOM, header row, then one row per record. */
export function toCsv(header: readonly string[], rows: readonly (readonly CellValue[])[]): string {
  const lines = [header.map(quoteField), ...rows.map((row) => row.map((cell) => quoteField(cellText(cell))))];
  return CSV_BOM + lines.map((fields) => fields.join(',') + CSV_LINE_END).join('');
}
