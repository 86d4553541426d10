/**
 * The per-file cache, in the manner of ESLint's `--cache`: what loading a file produced (its
 * record and its problems) keyed by a sha256 of its path and bytes, in one file per content
 * folder under `node_modules/.cache/casefile/`, valid for one pipeline hash (pipeline-hash.ts).
 *
 * - Problems are cached with the record, so a cached file reports exactly what it reported when
 *   it was loaded; the cross-entry rules always run again on the whole model.
 * - An overrun of the budget is not cached: it depends on the machine's load, not only on the file.
 * - No HTML, body text or second copy of the references are stored, to keep the cache small
 *   enough to read in a blink: the body is cut from the bytes again, and the content loader
 *   renders what Astro's store lacks.
 * - A run that loaded a few files appends them to a journal beside the file instead of writing
 *   the whole file again; the file is rewritten, and the journal dropped, once it has grown
 *   (JOURNAL_POLICY). A journal line that cannot be read is ignored, never half-used.
 */
import { createHash, randomBytes } from 'node:crypto';
import {
  appendFileSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import type { Position } from '../diagnostics.ts';
import type { PositionTable } from '../content/positions.ts';
import type { EntityRecord, FileRecord, Reference } from '../content/load-entry.ts';
import { bodyReference } from '../content/body-references.ts';
import { StringTable } from './string-table.ts';
import { COLLECTION_NAMES, type ReferenceTarget } from '../../schemas/entity-ref.ts';
import { decodeEntryBytes } from '../content/read-content.ts';
import { splitFrontmatter } from '../content/split-frontmatter.ts';
import type { FileResult } from './protocol.ts';

/** Where the cache files go, for a project: beside ESLint's and Vite's own caches. */
export function defaultCacheDir(projectRoot: string): string {
  return path.join(projectRoot, 'node_modules', '.cache', 'casefile');
}

/**
 * 5: positions and references as tuples; a reference's target by its place in a table, and its
 * id, label and field by their place in a string table; each reference and the path once per file:
 * 51 MB (format 2) → 28 MB at 20,000 entries, so a warm check parses it faster. 6: a header line
 * before the body, and a journal beside the file (JOURNAL_POLICY).
 */
const FORMAT = 6;

/** A position as `[line, column]`. */
type StoredPosition = [number, number];

/**
 * A body reference as `[kind and collection, id, line, column, label?]` (see `storeBodyReference`),
 * the id and label by their place in `strings`.
 */
type StoredBodyReference = [number, number, number, number, number?];

/** A field reference as `[id, field, line, column, target]`: id and field in `strings`, the target in `targets`. */
type StoredFieldReference = [number, number, number, number, number];

/**
 * An entity without what can be had again: its path (the file's), body (from the bytes), HTML,
 * and references (the file's fields', then `inBody`).
 */
type StoredEntity = Omit<EntityRecord, 'file' | 'body' | 'html' | 'headings' | 'references' | 'positions'> & {
  /** The body's mentions and citations, in body order. */
  readonly inBody: StoredBodyReference[];
  readonly positions: Record<string, StoredPosition>;
};

type StoredResult = {
  /** For an entity, only its fields' references: the body's are in the entity. */
  readonly loaded: Omit<FileRecord, 'entity' | 'references'> & {
    readonly references: StoredFieldReference[];
    readonly entity?: StoredEntity;
  };
  readonly diagnostics: FileResult['diagnostics'];
};

/**
 * The file's first line: enough to tell whether the rest is worth parsing (a fifth of a second at
 * 5,000 entries, longer at 20,000), so that a check can read every content file first.
 */
interface CacheHeader {
  readonly format: number;
  readonly pipeline: string;
  /** Names this file's journal: a rewrite starts a new one, so no run appends to another's table. */
  readonly generation: string;
}

/** The rest of the file, after the header's line. */
interface CacheBody {
  /** Every distinct reference target, in the order first met; entries point into it. */
  readonly targets: ReferenceTarget[];
  /** The ids, labels and field paths references hold (string-table.ts). */
  readonly strings: string[];
  readonly entries: Record<string, StoredResult>;
}

/**
 * A line of the journal: what one run added, appended instead of rewriting the whole file. The
 * strings and targets it adds go at the end of the tables as the file and the lines before it
 * leave them, from place `[0]` on; a line whose places do not follow on is not read, nor any after it.
 */
interface JournalLine {
  readonly strings: [from: number, added: string[]];
  readonly targets: [from: number, added: ReferenceTarget[]];
  readonly entries: Record<string, StoredResult>;
}

/**
 * When a run appends to the journal rather than rewriting the file: at 20,000 entries rewriting
 * the 28 MB took 260–380 ms after a one-file edit, appending takes about a millisecond. A small
 * cache is always rewritten (it is quick); a large one once the entries it no longer uses and
 * those in its journal pass a tenth of what it keeps, so it never grows far past its content.
 */
export const JOURNAL_POLICY = { fromEntries: 1000, maxShare: 0.1 };

function storePositions(positions: PositionTable): Record<string, StoredPosition> {
  const stored: Record<string, StoredPosition> = {};
  for (const [key, { line, column }] of Object.entries(positions)) stored[key] = [line, column];
  return stored;
}

function restorePositions(stored: Record<string, StoredPosition>): PositionTable {
  const positions: Record<string, Position> = {};
  for (const [key, [line, column]] of Object.entries(stored)) positions[key] = { line, column };
  return positions;
}

/** The key of a file's bytes at its printed path (records and messages name the path). */
export function contentKey(file: string, bytes: Uint8Array): string {
  return createHash('sha256').update(file).update('\0').update(bytes).digest('hex');
}

/** The parsed body, and the lengths of its tables once the journal is read. */
interface Tables {
  readonly old: Record<string, StoredResult>;
  /** The old file's targets, then any new ones: kept entries keep pointing at the right one. */
  readonly targets: ReferenceTarget[];
  readonly targetIndex: Map<string, number>;
  /** Likewise the strings: kept entries keep their places until a rewrite compacts the table. */
  readonly strings: StringTable;
  readStrings: number;
  readTargets: number;
}

/** A file's modification time, or 0 if it is missing. */
function modifiedAt(file: string): number {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}

export class FileCache {
  readonly file: string;
  private readonly pipeline: string;
  /** The file's text after its header, until `tables()` parses it. */
  private unparsed: string | undefined;
  private parsed: Tables | undefined;
  private readonly next: Record<string, StoredResult> = {};
  private changed = false;
  /** The generation of the file read, while its journal may be appended to. */
  private generation: string | undefined;
  /** When the file or its journal was last written; never, for a cache that cannot answer. */
  private readonly writtenAt: number;
  private journalEntries = 0;
  /** The entries loaded in this run, which a journal line holds. */
  private readonly added: Record<string, StoredResult> = {};
  private readonly policy: typeof JOURNAL_POLICY;
  hits = 0;
  misses = 0;

  /**
   * Open the cache of `contentDir` in `cacheDir`; an unreadable or outdated one starts empty. Only
   * the header is parsed here: the entries are parsed when first asked for.
   */
  constructor(cacheDir: string, contentDir: string, pipeline: string, policy = JOURNAL_POLICY) {
    const name = createHash('sha256').update(path.resolve(contentDir)).digest('hex').slice(0, 16);
    this.file = path.join(cacheDir, `files-${name}.json`);
    this.pipeline = pipeline;
    this.policy = policy;
    let text = '';
    try {
      text = readFileSync(this.file, 'utf8');
    } catch {
      // No cache yet, or an unreadable one: start empty.
    }
    const newline = text.indexOf('\n');
    let header: Partial<CacheHeader> = {};
    try {
      header = newline > 0 ? (JSON.parse(text.slice(0, newline)) as Partial<CacheHeader>) : {};
    } catch {
      // An older format or a damaged file: start empty.
    }
    const valid = header.format === FORMAT && header.pipeline === pipeline && typeof header.generation === 'string';
    this.changed = !valid;
    if (valid) {
      this.unparsed = text.slice(newline + 1);
      this.generation = header.generation;
    }
    this.writtenAt = valid
      ? Math.max(modifiedAt(this.file), modifiedAt(this.journalFile(header.generation!)))
      : Infinity;
  }

  /** Whether the file read can answer anything: one of this format and pipeline. */
  get canAnswer(): boolean {
    return this.writtenAt !== Infinity;
  }

  /**
   * Whether a file last modified at `mtimeMs` may have changed since this cache was written: a
   * hint for starting a worker early, never for answering (answers go by content hash).
   */
  modifiedSince(mtimeMs: number): boolean {
    return mtimeMs >= this.writtenAt;
  }

  /** The tables and entries, parsed on first use, with the journal's lines added. */
  private tables(): Tables {
    if (this.parsed) return this.parsed;
    let body: CacheBody = { targets: [], strings: [], entries: {} };
    try {
      if (this.unparsed !== undefined) body = JSON.parse(this.unparsed) as CacheBody;
    } catch {
      this.generation = undefined;
      this.changed = true;
    }
    this.unparsed = undefined;
    const targetIndex = new Map<string, number>();
    body.targets.forEach((target, index) => targetIndex.set(JSON.stringify(target), index));
    const tables: Tables = {
      old: body.entries,
      targets: body.targets,
      targetIndex,
      strings: new StringTable(body.strings),
      readStrings: 0,
      readTargets: 0,
    };
    if (this.generation !== undefined) this.readJournal(this.generation, tables);
    tables.readStrings = tables.strings.strings.length;
    tables.readTargets = tables.targets.length;
    return (this.parsed = tables);
  }

  private journalFile(generation: string): string {
    return `${this.file.slice(0, -'.json'.length)}.${generation}.jsonl`;
  }

  /**
   * Add the journal's lines to what the file holds. A line that cannot be read (cut short by a
   * crash, or written against other tables) ends the reading, and the next save rewrites.
   */
  private readJournal(generation: string, tables: Tables): void {
    let text: string;
    try {
      text = readFileSync(this.journalFile(generation), 'utf8');
    } catch {
      return; // No journal yet.
    }
    for (const line of text.split('\n')) {
      if (line === '') continue;
      let parsed: JournalLine;
      try {
        parsed = JSON.parse(line) as JournalLine;
      } catch {
        this.generation = undefined;
        return;
      }
      const [stringsFrom, strings] = parsed.strings;
      const [targetsFrom, targets] = parsed.targets;
      const follows = stringsFrom === tables.strings.strings.length && targetsFrom === tables.targets.length;
      // A string the table had already would shift the places after it: not a line save() writes.
      if (!follows || strings.some((text) => tables.strings.has(text))) {
        this.generation = undefined;
        return;
      }
      for (const text of strings) tables.strings.add(text);
      for (const target of targets) tables.targetIndex.set(JSON.stringify(target), tables.targets.push(target) - 1);
      Object.assign(tables.old, parsed.entries);
      this.journalEntries += Object.keys(parsed.entries).length;
    }
  }

  private storeFieldReference(reference: Reference): StoredFieldReference {
    const { targets, targetIndex, strings } = this.tables();
    const key = JSON.stringify(reference.target);
    let target = targetIndex.get(key);
    if (target === undefined) {
      target = targets.push(reference.target) - 1;
      targetIndex.set(key, target);
    }
    const { id, field, position } = reference;
    return [strings.add(id), strings.add(field), position.line, position.column, target];
  }

  private restoreFieldReference([id, field, line, column, target]: StoredFieldReference): Reference {
    const { strings, targets } = this.tables();
    return {
      id: strings.at(id),
      target: targets[target]!,
      via: 'field',
      field: strings.at(field),
      position: { line, column },
    };
  }

  /** A body reference's kind and collection in one number: citations count from 8. */
  private storeBodyReference(reference: Reference): StoredBodyReference {
    const code = (reference.via === 'citation' ? 8 : 0) + COLLECTION_NAMES.indexOf(reference.target.collections[0]!);
    const { strings } = this.tables();
    const tuple: StoredBodyReference = [
      code,
      strings.add(reference.id),
      reference.position.line,
      reference.position.column,
    ];
    if (reference.label !== undefined) tuple.push(strings.add(reference.label));
    return tuple;
  }

  private restoreBodyReference([code, id, line, column, label]: StoredBodyReference): Reference {
    const { strings } = this.tables();
    const kind = code >= 8 ? 'citation' : 'mention';
    return bodyReference(
      kind,
      strings.at(id),
      COLLECTION_NAMES[code % 8]!,
      { line, column },
      label === undefined ? undefined : strings.at(label),
    );
  }

  /** Whether the cache holds a result for this key; a key it lacks counts as a miss. */
  has(key: string): boolean {
    const held = Object.hasOwn(this.tables().old, key);
    if (!held) this.misses++;
    return held;
  }

  /** The cached result for these bytes, completed with the body cut from them again. */
  get(key: string, bytes: Uint8Array): FileResult | undefined {
    const { old, strings } = this.tables();
    const stored = Object.hasOwn(old, key) ? old[key] : undefined;
    if (!stored) return undefined;
    this.hits++;
    this.next[key] = stored;
    const { entity: storedEntity, references: storedReferences, ...claim } = stored.loaded;
    const fieldReferences = storedReferences.map((reference) => this.restoreFieldReference(reference));
    // The entry's id as the references to it hold it: the index's map then finds it by identity.
    const id = strings.canonical(claim.id);
    if (!storedEntity)
      return { diagnostics: stored.diagnostics, loaded: { ...claim, id, references: fieldReferences } };
    const text = decodeEntryBytes(claim.file, bytes).text ?? '';
    const split = splitFrontmatter(text);
    const body = 'problem' in split ? '' : split.body;
    const { inBody, positions: storedPositions, ...rest } = storedEntity;
    // One array for the file and its entity, as load-entry.ts makes it.
    const references = [...fieldReferences, ...inBody.map((reference) => this.restoreBodyReference(reference))];
    const positions = restorePositions(storedPositions);
    const entity = { ...rest, id, file: claim.file, body, references, positions } as EntityRecord;
    return { diagnostics: stored.diagnostics, loaded: { ...claim, id, references, entity } };
  }

  set(key: string, result: FileResult, cacheable: boolean): void {
    if (!cacheable) return;
    const stored = this.store(result);
    if (!stored) return;
    this.changed = true;
    this.next[key] = this.added[key] = stored;
  }

  /** The result as stored, or undefined when it is not one the cache can restore exactly. */
  private store(result: FileResult): StoredResult | undefined {
    const { entity, references: allReferences, ...claim } = result.loaded;
    if (!entity) {
      const references = allReferences.map((reference) => this.storeFieldReference(reference));
      return { diagnostics: result.diagnostics, loaded: { ...claim, references } };
    }
    const { file, body: _body, html: _html, headings: _headings, references, positions, ...rest } = entity;
    // A file's references are its fields' then its body's (load-entry.ts), and its entity has its
    // path; anything else is not cached rather than cached wrong.
    const fields = references.filter((reference) => reference.via === 'field');
    const inBody = references.slice(fields.length);
    if (inBody.some((reference) => reference.via === 'field') || file !== claim.file) return undefined;
    return {
      diagnostics: result.diagnostics,
      loaded: {
        ...claim,
        references: fields.map((reference) => this.storeFieldReference(reference)),
        entity: {
          ...rest,
          inBody: inBody.map((reference) => this.storeBodyReference(reference)),
          positions: storePositions(positions),
        },
      },
    };
  }

  /**
   * Keep what this run loaded: appended to the journal while it stays small (JOURNAL_POLICY),
   * otherwise by writing the entries used in this run (so deleted files drop out) to a new file.
   */
  save(): void {
    const kept = Object.keys(this.next).length;
    const unused = Object.keys(this.tables().old).length - this.hits;
    if (!this.changed && unused === 0) return;
    const added = Object.keys(this.added).length;
    const { fromEntries, maxShare } = this.policy;
    if (
      this.generation !== undefined &&
      kept >= fromEntries &&
      unused + this.journalEntries + added <= kept * maxShare
    ) {
      if (added > 0) this.append(this.generation);
      return;
    }
    this.rewrite();
  }

  private append(generation: string): void {
    const { strings, targets, readStrings, readTargets } = this.tables();
    const line: JournalLine = {
      strings: [readStrings, strings.strings.slice(readStrings)],
      targets: [readTargets, targets.slice(readTargets)],
      entries: this.added,
    };
    // One write of one line; a line cut short by a crash is not read, and the next save rewrites.
    appendFileSync(this.journalFile(generation), `${JSON.stringify(line)}\n`);
  }

  private rewrite(): void {
    mkdirSync(path.dirname(this.file), { recursive: true });
    const generation = randomBytes(8).toString('hex');
    // Written beside and renamed: two checks at once never read half a file.
    const scratch = `${this.file}.${process.pid}.tmp`;
    // The kept entries go into a fresh table holding only what they use, so it never grows with
    // edits; when they use every string (an edit that added or dropped none), as they are:
    // moving every place was half of saving after one edit at 20,000 entries.
    const tables = this.tables();
    const used = new Uint8Array(tables.strings.strings.length);
    for (const entry of Object.values(this.next)) markPlaces(entry, used);
    let strings = tables.strings;
    let entries = this.next;
    if (used.includes(0)) {
      const compacted = new StringTable();
      const move = (place: number) => compacted.add(tables.strings.at(place));
      entries = {};
      for (const [key, entry] of Object.entries(this.next)) entries[key] = movePlaces(entry, move);
      strings = compacted;
    }
    const header: CacheHeader = { format: FORMAT, pipeline: this.pipeline, generation };
    const body: CacheBody = { targets: tables.targets, strings: strings.strings, entries };
    writeFileSync(scratch, `${JSON.stringify(header)}\n${JSON.stringify(body)}`);
    renameSync(scratch, this.file);
    // The journals of earlier files: a run that read one of them appends where nobody reads.
    const prefix = `${path.basename(this.file, '.json')}.`;
    for (const name of readdirSync(path.dirname(this.file)))
      if (name.startsWith(prefix) && name.endsWith('.jsonl') && name !== path.basename(this.journalFile(generation)))
        rmSync(path.join(path.dirname(this.file), name), { force: true });
  }
}

/** Mark in `used` each place in the string table that an entry holds. */
function markPlaces(entry: StoredResult, used: Uint8Array): void {
  const { references, entity } = entry.loaded;
  for (const [id, field] of references) used[id] = used[field] = 1;
  for (const [, id, , , label] of entity?.inBody ?? []) {
    used[id] = 1;
    if (label !== undefined) used[label] = 1;
  }
}

/** An entry with each place in the string table moved by `move`. */
function movePlaces(entry: StoredResult, move: (place: number) => number): StoredResult {
  const { references, entity, ...claim } = entry.loaded;
  const moved = references.map(([id, field, line, column, target]): StoredFieldReference => [
    move(id),
    move(field),
    line,
    column,
    target,
  ]);
  if (!entity) return { ...entry, loaded: { ...claim, references: moved } };
  const inBody = entity.inBody.map(([code, id, line, column, label]): StoredBodyReference =>
    label === undefined ? [code, move(id), line, column] : [code, move(id), line, column, move(label)],
  );
  return { ...entry, loaded: { ...claim, references: moved, entity: { ...entity, inBody } } };
}
