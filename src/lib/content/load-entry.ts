/**
 * Turn one decoded file into an entity: split the frontmatter, parse the YAML with positions,
 * validate it with the collection's zod schema, and parse the body once.
 *
 * Problems are collected, never thrown: a file with a bad field still has its body checked, so
 * one run of the checker reports everything that is wrong with it.
 */
import type { z } from 'astro/zod';
import type { Root } from 'mdast';
import { collectionSchemas, type CollectionData } from '../../schemas/collections.ts';
import { referenceRegistry, type CollectionName, type ReferenceTarget } from '../../schemas/entity-ref.ts';
import { parseBody } from '../../markdown/parse-body.ts';
import type { BodyFacts } from '../body-syntax.ts';
import { diagnostic, START_OF_FILE, type Diagnostic, type Position } from '../diagnostics.ts';
import { generateId, idFromFileName, idProblem, isValidId } from '../ids.ts';
import { bodyTooComplex } from '../markdown-limits.ts';
import { findRegisteredFields, formatPath } from '../schema-walk.ts';
import { parseFrontmatter, splitFrontmatter, type ParsedFrontmatter } from './frontmatter.ts';
import type { ContentFile } from './read-content.ts';
import { schemaProblems } from './schema-issues.ts';

/** A reference from an entry to another entry, with where it was written. */
export interface Reference {
  readonly id: string;
  readonly target: ReferenceTarget;
  readonly via: 'field' | 'mention' | 'citation';
  /** The field path (`affiliations[0].actor`) or `body`. */
  readonly field: string;
  readonly position: Position;
  /** A body mention's label, e.g. "Dowden" in `:actor[Dowden]`. */
  readonly label?: string;
}

/** A valid entry of collection C, with everything the checker and the renderer need. */
interface EntityShape<C extends CollectionName> {
  readonly collection: C;
  readonly id: string;
  /** Path from the project root, e.g. `content/actors/apt31.md`. */
  readonly file: string;
  readonly data: CollectionData<C>;
  readonly body: string;
  /** The body's mdast tree, parsed once; rendered later without parsing again. */
  readonly tree: Root;
  /** Mentions, citations and uncited paragraphs, with positions in the file. */
  readonly facts: BodyFacts;
  /** Every reference in fields and body, in file order. */
  readonly references: readonly Reference[];
  /** Position of the value at a field path. */
  readonly locate: (path: readonly PropertyKey[]) => Position;
}

/** A valid entry; without a type argument, the union over all collections. */
export type Entity<C extends CollectionName = CollectionName> = { [K in C]: EntityShape<K> }[C];

/** A file that claims an id, whether or not its content is valid. */
export interface LoadedFile {
  readonly collection: CollectionName;
  readonly id: string;
  readonly file: string;
  /**
   * References found in the file, even when its frontmatter failed its schema: a broken entry's
   * references are still checked, so one run reports everything.
   */
  readonly references: readonly Reference[];
  /** Present only when the frontmatter passed its schema. */
  readonly entity?: Entity;
}

function shiftFacts(facts: BodyFacts, lineOffset: number): BodyFacts {
  const shift = (position: Position): Position => ({ line: position.line + lineOffset, column: position.column });
  return {
    citations: facts.citations,
    references: facts.references.map((reference) => ({ ...reference, position: shift(reference.position) })),
    uncitedParagraphs: facts.uncitedParagraphs.map(shift),
    problems: facts.problems.map((problem) => ({ ...problem, position: shift(problem.position) })),
  };
}

const SOURCE_TARGET: ReferenceTarget = { collections: ['sources'] };

export interface LoadResult {
  readonly loaded: LoadedFile;
  readonly diagnostics: Diagnostic[];
}

/**
 * Load one entry from its decoded text. Never throws: whatever the input, the result is an entity
 * or a list of problems. A failure inside a parser (say, brackets nested thousands deep) becomes
 * a problem on the file, so one hostile file cannot stop the check of all the others.
 */
export function loadEntry(source: ContentFile, text: string): LoadResult {
  try {
    return loadEntryUnguarded(source, text);
  } catch (error) {
    const reason =
      error instanceof RangeError ? 'it is nested too deeply' : `a parser failed: ${error instanceof Error ? error.message : String(error)}`;
    return {
      loaded: { collection: source.collection, id: idFromFileName(source.fileName), file: source.file, references: [] },
      diagnostics: [
        diagnostic(source.file, START_OF_FILE, 'unreadable-file', `the file could not be processed (${reason}); simplify the part you last changed`),
      ],
    };
  }
}

function loadEntryUnguarded(source: ContentFile, text: string): LoadResult {
  const { collection, file } = source;
  const id = idFromFileName(source.fileName);
  const diagnostics: Diagnostic[] = [];
  const loaded: LoadedFile = { collection, id, file, references: [] };

  const badId = idProblem(id);
  if (badId) {
    const suggestion = generateId(id);
    const fix = suggestion ? ` Rename the file to ${suggestion}.md` : ' Rename the file using a-z, 0-9 and hyphens';
    diagnostics.push(diagnostic(file, { line: 1, column: 1 }, 'invalid-id', `file name: ${badId}.${fix}`));
  }

  const split = splitFrontmatter(text);
  if ('problem' in split) {
    diagnostics.push(diagnostic(file, { line: split.line, column: 1 }, 'frontmatter-missing', split.problem));
    return { loaded, diagnostics };
  }

  const frontmatter = parseFrontmatter(split.yaml, split.yamlStartLine);
  for (const problem of frontmatter.problems) {
    diagnostics.push(diagnostic(file, problem.position, 'yaml-syntax', problem.message));
  }

  // A body too complex to parse is reported and skipped; its frontmatter is still checked.
  const tooComplex = bodyTooComplex(split.body);
  if (tooComplex) {
    const where = { line: tooComplex.position.line + split.bodyStartLine - 1, column: tooComplex.position.column };
    diagnostics.push(diagnostic(file, where, 'body-too-complex', tooComplex.message));
  }
  const body = tooComplex ? undefined : parseBody(split.body, file);
  const facts = body ? shiftFacts(body.facts, split.bodyStartLine - 1) : undefined;
  for (const problem of facts?.problems ?? []) diagnostics.push(diagnostic(file, problem.position, problem.rule, problem.message));
  const bodyReferences: Reference[] = (facts?.references ?? []).map((reference) => ({
    id: reference.id,
    target: reference.kind === 'citation' ? SOURCE_TARGET : { collections: [reference.collection] },
    via: reference.kind,
    field: 'body',
    position: reference.position,
    ...(reference.label !== undefined && { label: reference.label }),
  }));

  if (frontmatter.problems.length > 0) return { loaded: { ...loaded, references: bodyReferences }, diagnostics };
  const data = validate(collection, frontmatter, file, diagnostics);
  // Ids in a broken entry are read from the raw YAML; values that are not ids were reported above.
  const references = [...fieldReferences(collection, data ?? frontmatter.data, frontmatter), ...bodyReferences];
  if (data === undefined || badId || !body || !facts) return { loaded: { ...loaded, references }, diagnostics };

  const entity = {
    collection,
    id,
    file,
    data,
    body: split.body,
    tree: body.tree,
    facts,
    references,
    locate: frontmatter.locate,
  } as Entity;
  return { loaded: { ...loaded, references, entity }, diagnostics };
}

function isId(value: unknown): value is string {
  return typeof value === 'string' && isValidId(value);
}

function fieldReferences(collection: CollectionName, data: unknown, frontmatter: ParsedFrontmatter): Reference[] {
  return findRegisteredFields(collectionSchemas[collection], data, referenceRegistry, isId).map((found) => ({
    id: found.value,
    target: found.meta,
    via: 'field' as const,
    field: formatPath(found.path),
    position: frontmatter.locate(found.path),
  }));
}

function validate<C extends CollectionName>(
  collection: C,
  frontmatter: ParsedFrontmatter,
  file: string,
  diagnostics: Diagnostic[],
): CollectionData<C> | undefined {
  const schema = collectionSchemas[collection] as z.ZodType;
  // Empty frontmatter is an empty set of fields: the schema then lists every required one.
  const raw = frontmatter.data ?? {};
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    diagnostics.push(
      diagnostic(file, { line: 2, column: 1 }, 'invalid-field', 'the frontmatter must be a set of "field: value" lines, not a single value or a list'),
    );
    return undefined;
  }
  const result = schema.safeParse(raw, { reportInput: true });
  if (result.success) return result.data as CollectionData<C>;
  for (const problem of schemaProblems(result.error.issues, schema, raw, frontmatter)) {
    diagnostics.push(diagnostic(file, problem.position, problem.rule, problem.message));
  }
  return undefined;
}
