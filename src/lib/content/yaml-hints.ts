/**
 * What to tell an editor about a YAML error: the fix for the mistake they made, not the parser's
 * guess. The parser reports an over-indented key as a "compact mapping" at the end of the line
 * above, which used to be explained as a missing pair of quotes (issue 9). Here each error is
 * read against the lines around it:
 *
 * - indentation: a key indented more than the field above it (which has a value, so it cannot
 *   have children), or less than its siblings, or a tab;
 * - quoting: a plain value that contains ": ", starts with a character YAML reserves
 *   (`@`, backtick, `%`, `*`, `[`, `{`, `|`, `>`, `!`) or goes on after a closing quote; the hint
 *   gives the line rewritten with quotes.
 *
 * Errors that follow from an indentation mistake on the lines around it are dropped: they restate
 * it, or go away once it is fixed.
 */
import { isAlias, isScalar, visit, type Document, type LineCounter } from 'yaml';

/** One parser error: its code, the first line of its message, and where it was reported. */
export interface YamlError {
  readonly code: string;
  readonly message: string;
  /** 1-based line and column in the YAML text. */
  readonly line: number;
  readonly column: number;
}

export interface ExplainedError {
  readonly message: string;
  readonly line: number;
  readonly column: number;
  readonly indentation: boolean;
}

/**
 * `key: value` on one line, with the key's indentation (after any `- ` list markers). Written so
 * that no part can match the same characters as another: it runs in linear time on any line.
 */
const FIELD = /^(?<lead>[ \t]*(?:-[ \t]+)*)(?<key>[^\s#:'"[\]{},-][^:#]*|-[^\s:#][^:#]*):(?:[ \t]+(?<value>.*))?$/u;

interface Field {
  readonly key: string;
  /** 0-based column where the key starts. */
  readonly column: number;
  readonly value: string | undefined;
}

function field(line: string | undefined): Field | undefined {
  const match = line === undefined ? null : FIELD.exec(line);
  if (!match?.groups) return undefined;
  const value = match.groups['value']?.trim();
  return {
    key: match.groups['key']!,
    column: match.groups['lead']!.length,
    value: value === undefined || value === '' || value.startsWith('#') ? undefined : value,
  };
}

function indentOf(line: string): number {
  return /^ */.exec(line)![0].length;
}

function isContent(line: string | undefined): line is string {
  return line !== undefined && line.trim() !== '' && !line.trimStart().startsWith('#');
}

/** The nearest line at or before `index` (0-based) that holds something. */
function previousContent(lines: readonly string[], index: number): number | undefined {
  for (let i = index; i >= 0; i--) if (isContent(lines[i])) return i;
  return undefined;
}

function nextContent(lines: readonly string[], index: number): number | undefined {
  for (let i = index; i < lines.length; i++) if (isContent(lines[i])) return i;
  return undefined;
}

function spaces(count: number): string {
  return count === 1 ? '1 space' : `${count} spaces`;
}

/** The value in quotes YAML reads back unchanged. */
export function quoted(value: string): string {
  if (!value.includes('"') && !value.includes('\\')) return `"${value}"`;
  if (!value.includes("'")) return `'${value}'`;
  return `"${value.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;
}

function quoteFix(found: Field, reason: string): string {
  const value = found.value!;
  return `${reason}; put the whole value in quotes: ${found.key}: ${quoted(value)}`;
}

/**
 * A key indented more than the field above it, when that field has a value on its own line and
 * so cannot hold nested fields: `kind: person` then `  country: ruritania`.
 */
function overIndented(lines: readonly string[], error: YamlError): ExplainedError | undefined {
  const above = previousContent(lines, error.line - 1);
  if (above === undefined) return undefined;
  const parent = field(lines[above]);
  const next = nextContent(lines, above + 1);
  if (!parent?.value || next === undefined) return undefined;
  const child = field(lines[next]);
  const indent = indentOf(lines[next]!);
  if (!child || indent <= parent.column) return undefined;
  return {
    message: `"${child.key}:" is indented ${spaces(indent - parent.column)} more than "${parent.key}:" on the line above, which already has a value; start "${child.key}:" in the same column as "${parent.key}:"${parent.column === 0 ? ', at the start of the line' : ` (${spaces(parent.column)} in)`}`,
    line: next + 1,
    column: 1,
    indentation: true,
  };
}

/** A key indented less than the field it belongs with: `  - title: Minister` then `  organisation:`. */
function underIndented(lines: readonly string[], error: YamlError): ExplainedError | undefined {
  const here = lines[error.line - 1];
  const mine = field(here);
  const above = previousContent(lines, error.line - 2);
  if (!mine || here === undefined || above === undefined) return undefined;
  const sibling = field(lines[above]);
  const indent = indentOf(here);
  if (!sibling || indent === 0 || indent >= sibling.column || here.trimStart().startsWith('-')) return undefined;
  // Going back to the column of an earlier field is how a nested block ends, not a mistake.
  for (let i = 0; i < error.line - 1; i++) if (field(lines[i])?.column === indent) return undefined;
  return {
    message: `"${mine.key}:" starts ${spaces(indent)} in, but "${sibling.key}:" on the line above starts ${spaces(sibling.column)} in; fields of the same item start in the same column: indent "${mine.key}:" by ${spaces(sibling.column)}`,
    line: error.line,
    column: 1,
    indentation: true,
  };
}

/** What YAML makes of a plain value that starts with one of these characters. */
const STARTS: Readonly<Record<string, string>> = {
  '*': 'a reference to an anchor',
  '&': 'an anchor name, and drops it',
  '|': 'the start of a block of text on the lines below',
  '>': 'the start of a block of text on the lines below',
};

function explainOne(lines: readonly string[], error: YamlError): ExplainedError {
  const { code, message } = error;
  const plain = (hint: string): ExplainedError => ({
    message: `${message}; ${hint}`,
    line: error.line,
    column: error.column,
    indentation: false,
  });
  const found = field(lines[error.line - 1]);

  if (code === 'DUPLICATE_KEY') return plain('each field may appear once; delete or merge the repeated one');
  if (message.includes('call stack')) return plain('the value is nested too deeply; write it out flat');
  if (code === 'TAB_AS_INDENT') {
    return { ...plain('indent with spaces, never tabs: nested fields use two more spaces than their parent'), indentation: true };
  }
  if (code === 'BLOCK_AS_IMPLICIT_KEY' || code === 'MULTILINE_IMPLICIT_KEY') {
    const indentation = overIndented(lines, error);
    if (indentation) return indentation;
    if (found?.value?.includes(': ')) return plain(quoteFix(found, 'the value contains ": ", which YAML reads as another field'));
  }
  if (code === 'BAD_INDENT' || code === 'MISSING_CHAR' || message.includes('indent')) {
    const indentation = underIndented(lines, error);
    if (indentation) return indentation;
  }
  if (found?.value !== undefined) {
    const first = found.value[0]!;
    if (code === 'BAD_SCALAR_START' || (code === 'TAG_RESOLVE_FAILED' && /^![^!<]/.test(found.value))) {
      return plain(quoteFix(found, `a value cannot start with "${first}" unless it is quoted`));
    }
    if (code === 'UNEXPECTED_TOKEN') {
      if (first === '"' || first === "'") return plain(quoteFix(found, 'the value goes on after its closing quote'));
      if (first === '[' || first === '{') {
        return plain(quoteFix(found, `a value starting with "${first}" is read as a ${first === '[' ? 'list' : 'set of fields'}`));
      }
      const meaning = STARTS[first];
      if (meaning !== undefined) return plain(quoteFix(found, `a value starting with "${first}" is read as ${meaning}`));
    }
  }
  if (code === 'BAD_INDENT' || message.includes('indent')) {
    return { ...plain('check the indentation: nested fields use two more spaces than their parent'), indentation: true };
  }
  if (code === 'MISSING_CHAR' || code === 'BAD_SCALAR_START') {
    return plain('check quotes and brackets on this line; a value starting with @ ` | > or % must be quoted');
  }
  if (code === 'TAG_RESOLVE_FAILED') return plain('custom YAML tags are not allowed; write a plain value');
  if (message.includes('compact mappings') || message.includes('Implicit map keys')) {
    return plain('a value that contains ": " must be put in quotes');
  }
  return plain('check quotes, colons and indentation on this line');
}

/**
 * Each error explained, in order, without those an indentation mistake explained already: the
 * parser's complaints on the line of the mistake and the lines either side restate it, or follow
 * from it and go away with it.
 */
export function explainYamlErrors(yamlText: string, errors: readonly YamlError[], limit: number): ExplainedError[] {
  const lines = yamlText.split('\n').map((line) => line.replace(/\r$/, ''));
  const indentLines: number[] = [];
  const seen = new Set<string>();
  const result: ExplainedError[] = [];
  // A hostile file can cause thousands of errors; the first few are read, and they are the useful ones.
  for (const error of errors.slice(0, limit * 10)) {
    if (indentLines.some((line) => Math.abs(error.line - line) <= 1)) continue;
    const explained = explainOne(lines, error);
    const key = `${explained.line}:${explained.column}:${explained.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (explained.indentation) indentLines.push(explained.line);
    result.push(explained);
    if (result.length === limit) break;
  }
  return result;
}

/**
 * Plain values that YAML reads without an error but not as written: `text: &more words` makes
 * "&more" an anchor name and keeps only "words", and `text: *important` refers to an anchor
 * instead of being text. An anchor nothing refers to, or an alias to no anchor, on a value that
 * starts with it, is a value that needed quotes.
 *
 * @returns problems with 1-based positions in the YAML text
 */
export function anchoredValues(yamlText: string, doc: Document, lineCounter: LineCounter): ExplainedError[] {
  const lines = yamlText.split('\n').map((line) => line.replace(/\r$/, ''));
  // A deliberate anchor is used by an alias, and an alias names an anchor that exists.
  const anchors = new Set<string>();
  const aliases = new Set<string>();
  visit(doc, (_key, node) => {
    if (isAlias(node)) aliases.add(node.source);
    else if (node && typeof node === 'object' && 'anchor' in node && typeof node.anchor === 'string') {
      anchors.add(node.anchor);
    }
  });
  const found: ExplainedError[] = [];
  visit(doc, (_key, node) => {
    const anchored = isScalar(node) && node.anchor !== undefined && !aliases.has(node.anchor);
    if (!anchored && !(isAlias(node) && !anchors.has(node.source))) return undefined;
    const start = (node as { range?: [number, number, number] }).range?.[0] ?? 0;
    const { line } = lineCounter.linePos(start);
    const written = field(lines[line - 1]);
    const first = anchored ? '&' : '*';
    if (written?.value?.startsWith(first)) {
      found.push({
        message: quoteFix(written, `a value starting with "${first}" is read as ${STARTS[first]!}`),
        line,
        column: lines[line - 1]!.indexOf(written.value) + 1,
        indentation: false,
      });
    }
    return undefined;
  });
  return found;
}
