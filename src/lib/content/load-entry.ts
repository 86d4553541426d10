/**
 * Turn one decoded file into an entity: split the frontmatter, parse the YAML with positions,
 * validate it with the collection's zod schema, parse the body once and render it to HTML.
 *
 * The result is plain data (a `FileRecord`), so that it can be made in a worker thread
 * (src/lib/pipeline/) and cached; `hydrateFile` adds the `locate` function the rules call.
 *
 * Problems are collected, never thrown: a file with a bad field still has its body checked, so
 * one run of the checker reports everything that is wrong with it.
 */
import type { MarkdownHeading } from '@astrojs/markdown-remark';
import type { z } from 'astro/zod';
import { collectionSchemas, type CollectionData } from '../../schemas/collections.ts';
import { referenceRegistry, type CollectionName, type ReferenceTarget } from '../../schemas/entity-ref.ts';
import { parseBody } from '../../markdown/parse-body.ts';
import { createBodyRenderer } from '../../markdown/render-body.ts';
import type { BodyFacts } from '../body-syntax.ts';
import { diagnostic, START_OF_FILE, type Diagnostic, type Position } from '../diagnostics.ts';
import { generateId, idFromFileName, idProblem, isValidId } from '../ids.ts';
import { bodyTooComplex } from '../markdown-limits.ts';
import { findRegisteredFields, formatPath } from '../schema-walk.ts';
import { parseFrontmatter, type ParsedFrontmatter } from './frontmatter.ts';
import { splitFrontmatter } from './split-frontmatter.ts';
import { referencesInBody } from './body-references.ts';
import { hydrateFile } from './hydrate-file.ts';
import type { PositionTable } from './positions.ts';
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

/** A valid entry of collection C as plain data, with everything the checker and the site need. */
interface EntityRecordShape<C extends CollectionName> {
  readonly collection: C;
  readonly id: string;
  /** Path from the project root, e.g. `content/actors/apt31.md`. */
  readonly file: string;
  readonly data: CollectionData<C>;
  readonly body: string;
  /**
   * The body rendered to sanitized HTML, once, where it was parsed (no mdast tree is kept).
   * Absent when the entry came from the check cache, which holds no HTML: the content loader then
   * renders the entry again, in the pool, if Astro's own store lacks it.
   */
  readonly html?: string;
  readonly headings?: readonly MarkdownHeading[];
  /** The body's citations and uncited paragraphs, with positions in the file (its mentions and citations are in `references`). */
  readonly facts: EntryFacts;
  /** Every reference in fields and body, in file order. */
  readonly references: readonly Reference[];
  /** Where each frontmatter value starts; read through `locate`. */
  readonly positions: PositionTable;
}

interface EntityShape<C extends CollectionName> extends EntityRecordShape<C> {
  /** Position of the value at a field path, or of its nearest parent. */
  readonly locate: (path: readonly PropertyKey[]) => Position;
}

/** A valid entry as plain data; without a type argument, the union over all collections. */
export type EntityRecord<C extends CollectionName = CollectionName> = { [K in C]: EntityRecordShape<K> }[C];

/** A valid entry; without a type argument, the union over all collections. */
export type Entity<C extends CollectionName = CollectionName> = { [K in C]: EntityShape<K> }[C];

/**
 * What the rules and pages need of a parsed body besides its references: each reference is held
 * once, in the entity's `references` (the body's problems are already diagnostics).
 */
export type EntryFacts = Pick<BodyFacts, 'citations' | 'uncitedParagraphs'>;

/** A LoadedFile as plain data, as a worker returns it and the cache stores it. */
export interface FileRecord {
  readonly collection: CollectionName;
  readonly id: string;
  readonly file: string;
  readonly references: readonly Reference[];
  readonly entity?: EntityRecord;
}

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

export interface LoadResult {
  readonly loaded: LoadedFile;
  readonly diagnostics: Diagnostic[];
}

export interface RecordResult {
  readonly loaded: FileRecord;
  readonly diagnostics: Diagnostic[];
}

/** The stages of loading one file, in order; a budget overrun is reported in the stage it hit. */
export type LoadPhase = 'frontmatter' | 'body' | 'render';

export interface LoadOptions {
  /** Where the site is served from, for the links in the rendered HTML; default `/`. */
  readonly base?: string;
  /** Told when each stage starts (the worker pool uses it to name the stage that overran). */
  readonly onPhase?: (phase: LoadPhase) => void;
}

/** Load one entry in this thread: `loadEntryRecord`, hydrated. */
export function loadEntry(source: ContentFile, text: string, options: LoadOptions = {}): LoadResult {
  const { loaded, diagnostics } = loadEntryRecord(source, text, options);
  return { loaded: hydrateFile(loaded), diagnostics };
}

/**
 * Load one entry from its decoded text. Never throws: whatever the input, the result is an entity
 * or a list of problems. A failure inside a parser (say, brackets nested thousands deep) becomes
 * a problem on the file, so one hostile file cannot stop the check of all the others.
 */
export function loadEntryRecord(source: ContentFile, text: string, options: LoadOptions = {}): RecordResult {
  try {
    return loadEntryUnguarded(source, text, options);
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

type BodyRenderer = ReturnType<typeof createBodyRenderer>;

/** One frozen renderer per site base, made on first use. */
const renderers = new Map<string, BodyRenderer>();

function rendererFor(base: string): BodyRenderer {
  let renderer = renderers.get(base);
  if (!renderer) renderers.set(base, (renderer = createBodyRenderer({ base })));
  return renderer;
}

function loadEntryUnguarded(source: ContentFile, text: string, options: LoadOptions): RecordResult {
  const { collection, file } = source;
  const phase = options.onPhase ?? (() => {});
  phase('frontmatter');
  const id = idFromFileName(source.fileName);
  const diagnostics: Diagnostic[] = [];
  const loaded: FileRecord = { collection, id, file, references: [] };

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
  // Schema problems are listed after the body's, as they always were; they are found first so
  // that the frontmatter's stage ends before the body's starts.
  const schemaDiagnostics: Diagnostic[] = [];
  const yamlOk = frontmatter.problems.length === 0;
  const data = yamlOk ? validate(collection, frontmatter, file, schemaDiagnostics) : undefined;
  // Ids in a broken entry are read from the raw YAML; values that are not ids were reported above.
  const fields = yamlOk ? fieldReferences(collection, data ?? frontmatter.data, frontmatter) : [];

  phase('body');
  // A body too complex to parse is reported and skipped; its frontmatter is still checked.
  const tooComplex = bodyTooComplex(split.body);
  if (tooComplex) {
    const where = { line: tooComplex.position.line + split.bodyStartLine - 1, column: tooComplex.position.column };
    diagnostics.push(diagnostic(file, where, 'body-too-complex', tooComplex.message));
  }
  const body = tooComplex ? undefined : parseBody(split.body, file);
  const facts = body ? shiftFacts(body.facts, split.bodyStartLine - 1) : undefined;
  for (const problem of facts?.problems ?? []) diagnostics.push(diagnostic(file, problem.position, problem.rule, problem.message));
  const bodyReferences = facts ? referencesInBody(facts) : [];

  phase('render');
  let rendered;
  // Raw HTML the check already rejected as too deep is not rendered: it could exhaust the stack.
  // The entry keeps empty HTML so the cross-entry rules still see it; its error stops any build.
  const rejected = facts?.problems.some((problem) => problem.rule === 'body-too-complex') ?? false;
  if (body && rejected) rendered = { html: '', headings: [] };
  else if (body) {
    try {
      rendered = rendererFor(options.base ?? '/').render(body.tree, file);
    } catch (error) {
      // A renderer recursing per level of raw HTML can exhaust the stack: that is this file's
      // problem, reported on it, never a crash of the build.
      const reason = error instanceof RangeError ? 'it is nested too deeply' : `the renderer failed: ${error instanceof Error ? error.message : String(error)}`;
      diagnostics.push(diagnostic(file, START_OF_FILE, 'too-complex', `the body could not be rendered (${reason}); split it or simplify its markup`));
    }
  }
  diagnostics.push(...schemaDiagnostics);

  if (!yamlOk) return { loaded: { ...loaded, references: bodyReferences }, diagnostics };
  const references = [...fields, ...bodyReferences];
  if (data === undefined || badId || !facts || !rendered) return { loaded: { ...loaded, references }, diagnostics };

  const entity = {
    collection,
    id,
    file,
    data,
    body: split.body,
    html: rendered.html,
    headings: rendered.headings,
    facts: { citations: facts.citations, uncitedParagraphs: facts.uncitedParagraphs },
    references,
    positions: frontmatter.positions,
  } as EntityRecord;
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
