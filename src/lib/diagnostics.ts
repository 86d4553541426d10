/**
 * Problems found in content, and how they are printed.
 *
 * Every problem names a file, a line and a column, says what is wrong and what would fix it, and
 * carries a rule id from `RULES`. The printed form is `file:line:col  message  [rule-id]`, which
 * editors and terminals turn into clickable links. The shape follows remark-validate-links.
 */
import { terminalLine } from './terminal/terminal-escape.ts';

export type Severity = 'error' | 'warning';

/** Every rule the loader and the checker apply, with its severity and what it guards. */
export const RULES = {
  'unreadable-file': { severity: 'error', about: 'the file cannot be read as UTF-8 Markdown text' },
  'unknown-collection': { severity: 'error', about: 'a folder or file under content/ that is not a collection entry' },
  'invalid-id': { severity: 'error', about: 'a file name that is not a valid id' },
  'duplicate-id': {
    severity: 'error',
    about: 'two entries with the same id, ignoring case, accents and look-alikes; the file git got later is blamed',
  },
  'possible-duplicate': {
    severity: 'warning',
    about:
      'two actors whose names, aliases or native names are the same once case, accents, spacing and titles are ignored',
  },
  'frontmatter-missing': { severity: 'error', about: 'an entry without a --- frontmatter block' },
  'yaml-syntax': { severity: 'error', about: 'frontmatter that is not valid YAML' },
  'missing-field': { severity: 'error', about: 'a required field is absent' },
  'unknown-field': { severity: 'error', about: 'a field the schema does not define' },
  'invalid-field': { severity: 'error', about: 'a field whose value the schema rejects' },
  'unknown-id': { severity: 'error', about: 'a reference, mention or citation to an id that no entry has' },
  'wrong-target-kind': { severity: 'error', about: 'a reference to the wrong kind of entry' },
  'label-target-mismatch': {
    severity: 'warning',
    about: 'a mention whose label shares no word with the names of the entry its id points at',
  },
  'self-reference': { severity: 'error', about: 'an entry that references itself where that makes no sense' },
  'affiliation-cycle': { severity: 'error', about: 'actors that are part of each other in a loop' },
  'missing-source': { severity: 'error', about: 'an entry or claim with no source' },
  'unused-source': { severity: 'warning', about: 'a source that nothing cites' },
  'uncited-paragraph': { severity: 'warning', about: 'a body paragraph with no :cite' },
  'date-range-reversed': { severity: 'error', about: 'a date range that ends before it starts' },
  'date-precision-mismatch': { severity: 'error', about: 'a date whose form contradicts its stated precision' },
  'too-complex': {
    severity: 'error',
    about: 'a file that took more than its time or memory budget to load, or could not be rendered',
  },
  'body-too-complex': {
    severity: 'error',
    about: 'a body so long, nested or bracket-heavy that parsing it would take minutes',
  },
  'unsafe-link': {
    severity: 'error',
    about: 'a link in a body whose address hides where it goes (a user name before "@")',
  },
  'hand-written-marker': {
    severity: 'error',
    about: 'HTML that copies the markers of a mention or citation instead of using the directive',
  },
  'empty-mention': { severity: 'error', about: 'a mention or citation with no id or label' },
  'unknown-directive': { severity: 'warning', about: 'a directive name close to a known one, probably a typo' },
  'provenance-target': {
    severity: 'error',
    about: 'a provenance item naming a field the entry lacks or a value not in that field',
  },
  'reported-with-primary': {
    severity: 'error',
    about: 'a value marked reported that cites a primary source (it would be confirmed)',
  },
  'confirmed-without-primary': {
    severity: 'error',
    about: 'a state-of-knowledge item marked confirmed with no primary source',
  },
  'weak-sources-only': {
    severity: 'warning',
    about: 'a claim resting only on sources flagged low quality or unreliable',
  },
  'story-count': { severity: 'error', about: 'there must be exactly one story entry' },
} as const satisfies Record<string, { severity: Severity; about: string }>;

export type RuleId = keyof typeof RULES;

export interface Diagnostic {
  /** Path from the project root, with forward slashes, e.g. `content/quotes/q01.md`. */
  readonly file: string;
  /** 1-based line in the file. */
  readonly line: number;
  /** 1-based column in the line. */
  readonly column: number;
  readonly message: string;
  readonly rule: RuleId;
  readonly severity: Severity;
}

/** A position in a file, 1-based. */
export interface Position {
  readonly line: number;
  readonly column: number;
}

export const START_OF_FILE: Position = { line: 1, column: 1 };

export function diagnostic(file: string, position: Position, rule: RuleId, message: string): Diagnostic {
  return { file, line: position.line, column: position.column, message, rule, severity: RULES[rule].severity };
}

/** Stable order: by file, then line, then column, then rule and message. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    compareText(a.file, b.file) ||
    a.line - b.line ||
    a.column - b.column ||
    compareText(a.rule, b.rule) ||
    compareText(a.message, b.message)
  );
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * `content/quotes/q01.md:3:10  speaker: … Did you mean "david-cameron"?  [unknown-id]`
 *
 * The file name and the message hold text from content, so the line is escaped for the terminal
 * (`terminalLine`): it prints on one line, exactly as it reads, and cannot start a workflow command.
 */
export function formatDiagnostic(d: Diagnostic): string {
  const prefix = d.severity === 'warning' ? 'warning: ' : '';
  return terminalLine(`${d.file}:${d.line}:${d.column}  ${prefix}${d.message}  [${d.rule}]`);
}

/** "2 errors and 1 warning in 2 files", or "no problems". */
export function summarise(diagnostics: readonly Diagnostic[]): string {
  if (diagnostics.length === 0) return 'no problems';
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  const files = new Set(diagnostics.map((d) => d.file)).size;
  const parts = [];
  if (errors) parts.push(plural(errors, 'error'));
  if (warnings) parts.push(plural(warnings, 'warning'));
  return `${parts.join(' and ')} in ${plural(files, 'file')}`;
}

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}
