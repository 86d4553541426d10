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
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
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
 * 51 MB (format 2) → 28 MB at 20,000 entries, so a warm check parses it faster.
 */
const FORMAT = 5;

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

interface CacheFile {
  readonly format: number;
  readonly pipeline: string;
  /** Every distinct reference target, in the order first met; entries point into it. */
  readonly targets: ReferenceTarget[];
  /** The ids, labels and field paths references hold (string-table.ts). */
  readonly strings: string[];
  readonly entries: Record<string, StoredResult>;
}

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

export class FileCache {
  readonly file: string;
  private readonly pipeline: string;
  private readonly old: Record<string, StoredResult>;
  private readonly next: Record<string, StoredResult> = {};
  /** The old file's targets, then any new ones: kept entries keep pointing at the right one. */
  private readonly targets: ReferenceTarget[];
  private readonly targetIndex = new Map<string, number>();
  /** Likewise the strings: kept entries keep their places until `save` compacts the table. */
  private readonly strings: StringTable;
  private changed = false;
  hits = 0;
  misses = 0;

  /** Open the cache of `contentDir` in `cacheDir`; an unreadable or outdated one starts empty. */
  constructor(cacheDir: string, contentDir: string, pipeline: string) {
    const name = createHash('sha256').update(path.resolve(contentDir)).digest('hex').slice(0, 16);
    this.file = path.join(cacheDir, `files-${name}.json`);
    this.pipeline = pipeline;
    let stored: CacheFile | undefined;
    try {
      stored = JSON.parse(readFileSync(this.file, 'utf8')) as CacheFile;
    } catch {
      stored = undefined;
    }
    const valid = stored?.format === FORMAT && stored.pipeline === pipeline;
    this.old = valid ? stored!.entries : {};
    this.targets = valid ? stored!.targets : [];
    this.targets.forEach((target, index) => this.targetIndex.set(JSON.stringify(target), index));
    this.strings = new StringTable(valid ? stored!.strings : []);
    this.changed = !valid;
  }

  private storeFieldReference(reference: Reference): StoredFieldReference {
    const key = JSON.stringify(reference.target);
    let target = this.targetIndex.get(key);
    if (target === undefined) {
      target = this.targets.push(reference.target) - 1;
      this.targetIndex.set(key, target);
    }
    const { id, field, position } = reference;
    return [this.strings.add(id), this.strings.add(field), position.line, position.column, target];
  }

  private restoreFieldReference([id, field, line, column, target]: StoredFieldReference): Reference {
    const { strings } = this;
    return {
      id: strings.at(id),
      target: this.targets[target]!,
      via: 'field',
      field: strings.at(field),
      position: { line, column },
    };
  }

  /** A body reference's kind and collection in one number: citations count from 8. */
  private storeBodyReference(reference: Reference): StoredBodyReference {
    const code = (reference.via === 'citation' ? 8 : 0) + COLLECTION_NAMES.indexOf(reference.target.collections[0]!);
    const tuple: StoredBodyReference = [
      code,
      this.strings.add(reference.id),
      reference.position.line,
      reference.position.column,
    ];
    if (reference.label !== undefined) tuple.push(this.strings.add(reference.label));
    return tuple;
  }

  private restoreBodyReference([code, id, line, column, label]: StoredBodyReference): Reference {
    const { strings } = this;
    const kind = code >= 8 ? 'citation' : 'mention';
    return bodyReference(
      kind,
      strings.at(id),
      COLLECTION_NAMES[code % 8]!,
      { line, column },
      label === undefined ? undefined : strings.at(label),
    );
  }

  /** The cached result for these bytes, completed with the body cut from them again. */
  get(key: string, bytes: Uint8Array): FileResult | undefined {
    const stored = Object.hasOwn(this.old, key) ? this.old[key] : undefined;
    if (!stored) {
      this.misses++;
      return undefined;
    }
    this.hits++;
    this.next[key] = stored;
    const { entity: storedEntity, references: storedReferences, ...claim } = stored.loaded;
    const fieldReferences = storedReferences.map((reference) => this.restoreFieldReference(reference));
    // The entry's id as the references to it hold it: the index's map then finds it by identity.
    const id = this.strings.canonical(claim.id);
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
    this.changed = true;
    const { entity, references: allReferences, ...claim } = result.loaded;
    if (!entity) {
      const references = allReferences.map((reference) => this.storeFieldReference(reference));
      this.next[key] = { diagnostics: result.diagnostics, loaded: { ...claim, references } };
      return;
    }
    const { file, body: _body, html: _html, headings: _headings, references, positions, ...rest } = entity;
    // A file's references are its fields' then its body's (load-entry.ts), and its entity has its
    // path; anything else is not cached rather than cached wrong.
    const fields = references.filter((reference) => reference.via === 'field');
    const inBody = references.slice(fields.length);
    if (inBody.some((reference) => reference.via === 'field') || file !== claim.file) return;
    this.next[key] = {
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

  /** Write the entries used in this run (so deleted files drop out), if anything changed. */
  save(): void {
    const kept = Object.keys(this.next).length;
    if (!this.changed && kept === Object.keys(this.old).length) return;
    mkdirSync(path.dirname(this.file), { recursive: true });
    // Written beside and renamed: two checks at once never read half a file.
    const scratch = `${this.file}.${process.pid}.tmp`;
    // The kept entries go into a fresh table holding only what they use, so it never grows with
    // edits; when they use every string (an edit that added or dropped none), as they are:
    // moving every place was half of saving after one edit at 20,000 entries.
    const used = new Uint8Array(this.strings.strings.length);
    for (const entry of Object.values(this.next)) markPlaces(entry, used);
    let strings = this.strings;
    let entries = this.next;
    if (used.includes(0)) {
      const compacted = new StringTable();
      const move = (place: number) => compacted.add(this.strings.at(place));
      entries = {};
      for (const [key, entry] of Object.entries(this.next)) entries[key] = movePlaces(entry, move);
      strings = compacted;
    }
    writeFileSync(
      scratch,
      JSON.stringify({
        format: FORMAT,
        pipeline: this.pipeline,
        targets: this.targets,
        strings: strings.strings,
        entries,
      } satisfies CacheFile),
    );
    renameSync(scratch, this.file);
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
