/**
 * Split an entry into YAML frontmatter and Markdown body, and parse the YAML keeping the line
 * and column of every value, so that a problem in `affiliations[2].actor` can be reported at the
 * exact place the editor typed it.
 *
 * We parse with `yaml` (YAML 1.2 core schema) rather than js-yaml because it keeps source
 * positions, reports duplicate keys, and never turns `2024-03-25` into a JS Date.
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { Position } from '../diagnostics.ts';
import { anchoredValues, explainYamlErrors } from './yaml-hints.ts';
import { locateIn, pathKey, type PositionTable } from './positions.ts';

/** YAML errors reported per file; later ones are usually consequences of the first. */
const MAX_YAML_PROBLEMS = 3;

export interface YamlProblem {
  readonly message: string;
  readonly position: Position;
}

export interface ParsedFrontmatter {
  readonly data: unknown;
  readonly problems: readonly YamlProblem[];
  /** Every value's position; what `locate` answers from. */
  readonly positions: PositionTable;
  /** The position of the value at `path`, or of its nearest existing parent. */
  locate(path: readonly PropertyKey[]): Position;
  /** The position of the key `key` in the mapping at `path`, e.g. an unknown field's name. */
  locateKey(path: readonly PropertyKey[], key: string): Position;
}

/** Deepest bracket nesting we parse; real frontmatter nests two or three levels. */
const MAX_FLOW_DEPTH = 64;

/**
 * Most `*alias` references a frontmatter may hold. Real entries use none; thousands of them cost
 * the YAML parser seconds to resolve even when expansion itself is capped (issue 13), so more
 * than this is reported before parsing.
 */
export const MAX_YAML_ALIASES = 100;

/**
 * The first shape the YAML parser must not see: a `[` or `{` nested deeper than MAX_FLOW_DEPTH,
 * or alias number MAX_YAML_ALIASES + 1, outside quotes and comments. Checked before parsing
 * because the parser recurses per level (a file of 100,000 brackets would exhaust the stack at a
 * depth that varies from machine to machine) and resolves each alias against the document.
 */
function shapeProblem(text: string): { offset: number; message: string } | undefined {
  let depth = 0;
  let aliases = 0;
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quote) {
      if (char === quote) quote = undefined;
      else if (char === '\\' && quote === '"') i++;
    } else if (char === '"' || char === "'") {
      quote = char;
    } else if (char === '#' && (i === 0 || /\s/.test(text[i - 1]!))) {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (char === '[' || char === '{') {
      if (++depth > MAX_FLOW_DEPTH) {
        return { offset: i, message: `YAML syntax: brackets are nested more than ${MAX_FLOW_DEPTH} levels deep; write the value out flat` };
      }
    } else if (char === ']' || char === '}') {
      depth = Math.max(0, depth - 1);
    } else if (char === '*' && (i === 0 || /[\s[{,:-]/.test(text[i - 1]!)) && /[^\s,[\]{}]/.test(text[i + 1] ?? ' ')) {
      if (++aliases > MAX_YAML_ALIASES) {
        return { offset: i, message: `YAML syntax: more than ${MAX_YAML_ALIASES} * aliases; write the values out instead of using * aliases` };
      }
    } else if (char === '\n') {
      quote = undefined;
    }
  }
  return undefined;
}

export function parseFrontmatter(yamlText: string, yamlStartLine: number): ParsedFrontmatter {
  const shape = shapeProblem(yamlText);
  if (shape !== undefined) {
    const before = yamlText.slice(0, shape.offset);
    const line = before.split('\n').length;
    const col = shape.offset - before.lastIndexOf('\n');
    return {
      data: undefined,
      problems: [{ message: shape.message, position: { line: line + yamlStartLine - 1, column: col } }],
      positions: {},
      locate: () => ({ line: yamlStartLine, column: 1 }),
      locateKey: () => ({ line: yamlStartLine, column: 1 }),
    };
  }

  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(yamlText, {
    lineCounter,
    prettyErrors: false,
    uniqueKeys: true,
    strict: true,
    // YAML 1.2 core: no timestamps, no merge keys, no custom types.
    schema: 'core',
  });

  const toPosition = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(Math.max(0, Math.min(offset, yamlText.length)));
    return { line: line + yamlStartLine - 1, column: col };
  };

  const errors = [...doc.errors, ...doc.warnings].map((error) => {
    const { line, col } = lineCounter.linePos(Math.max(0, Math.min(error.pos[0], yamlText.length)));
    const message = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    return { code: error.code, message, line, column: col };
  });
  // One mistake in YAML often causes a cascade of errors after it; the first few are the useful ones.
  const problems: YamlProblem[] = explainYamlErrors(yamlText, errors, MAX_YAML_PROBLEMS).map((explained) => ({
      message: `YAML syntax: ${explained.message}`,
      position: { line: explained.line + yamlStartLine - 1, column: explained.column },
    }));

  for (const value of problems.length === 0 ? anchoredValues(yamlText, doc, lineCounter) : []) {
    problems.push({
      message: `YAML syntax: ${value.message}`,
      position: { line: value.line + yamlStartLine - 1, column: value.column },
    });
  }

  let data: unknown;
  if (problems.length === 0) {
    try {
      // A low alias limit defeats "billion laughs" documents.
      data = doc.toJS({ maxAliasCount: 50 });
    } catch (error) {
      problems.push({
        message: `YAML syntax: ${(error as Error).message}; write the values out instead of using * aliases`,
        position: { line: yamlStartLine, column: 1 },
      });
    }
  }

  // Only locateKey still walks the document; values are looked up in the table.
  const nodeAt = (path: readonly PropertyKey[]): { node: Node | null; depth: number } => {
    let node: unknown = doc.contents;
    let depth = 0;
    for (const key of path) {
      let next: unknown;
      if (isMap(node)) {
        const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === key);
        next = pair?.value;
      } else if (isSeq(node) && typeof key === 'number') {
        next = node.items[key];
      }
      if (!next || typeof next !== 'object' || !('range' in next)) break;
      node = next;
      depth++;
    }
    return { node: (node as Node | null) ?? null, depth };
  };

  const positions = positionTable(doc.contents, toPosition);
  const start = { line: yamlStartLine, column: 1 };
  return {
    data,
    problems,
    positions,
    locate: (path) => locateIn(positions, path, start),
    locateKey(path, key) {
      const { node, depth } = nodeAt(path);
      if (depth === path.length && isMap(node)) {
        const pair = node.items.find((item) => isScalar(item.key) && item.key.value === key);
        const keyNode = pair?.key as Node | undefined;
        if (keyNode?.range) return toPosition(keyNode.range[0]);
      }
      return node?.range ? toPosition(node.range[0]) : { line: yamlStartLine, column: 1 };
    },
  };
}

/**
 * One walk over the document recording where each value starts. The first of two duplicate keys
 * wins, as in the lookup it replaces. Iterative, because block YAML can nest deeper than the stack.
 */
function positionTable(root: unknown, toPosition: (offset: number) => Position): PositionTable {
  const table: Record<string, Position> = {};
  const stack: { node: unknown; path: PropertyKey[] }[] = [{ node: root, path: [] }];
  while (stack.length > 0) {
    const { node, path } = stack.pop()!;
    if (!node || typeof node !== 'object' || !('range' in node)) continue;
    const key = pathKey(path);
    if (key in table) continue;
    const range = (node as Node).range;
    if (range) table[key] = toPosition(range[0]);
    if (isMap(node)) {
      for (let i = node.items.length - 1; i >= 0; i--) {
        const item = node.items[i];
        if (isPair(item) && isScalar(item.key)) stack.push({ node: item.value, path: [...path, item.key.value as PropertyKey] });
      }
    } else if (isSeq(node)) {
      for (let i = node.items.length - 1; i >= 0; i--) stack.push({ node: node.items[i], path: [...path, i] });
    }
  }
  return table;
}
