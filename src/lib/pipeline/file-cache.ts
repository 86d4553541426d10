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
import type { BodyFacts, BodyReference } from '../body-syntax.ts';
import type { EntityRecord, FileRecord } from '../content/load-entry.ts';
import { referencesInBody } from '../content/body-references.ts';
import type { CollectionName } from '../../schemas/entity-ref.ts';
import { decodeEntryBytes } from '../content/read-content.ts';
import { splitFrontmatter } from '../content/split-frontmatter.ts';
import type { FileResult } from './protocol.ts';

/** Where the cache files go, for a project: beside ESLint's and Vite's own caches. */
export function defaultCacheDir(projectRoot: string): string {
  return path.join(projectRoot, 'node_modules', '.cache', 'casefile');
}

const FORMAT = 2;

/** A body reference as a tuple (`[kind, id, collection, line, column, label?]`): references are most of an entry's record. */
type StoredBodyReference = [0 | 1, string, CollectionName, number, number, string?];

type StoredFacts = Omit<BodyFacts, 'references'> & { readonly references: StoredBodyReference[] };

/** An entity without what can be had again: its body (from the bytes), HTML, and references (from fields and facts). */
type StoredEntity = Omit<EntityRecord, 'body' | 'html' | 'headings' | 'references' | 'facts'> & {
  readonly facts: StoredFacts;
};

type StoredResult = {
  /** For an entity, only its fields' references: the body's are made again from its facts. */
  readonly loaded: Omit<FileRecord, 'entity'> & { readonly entity?: StoredEntity };
  readonly diagnostics: FileResult['diagnostics'];
};

interface CacheFile {
  readonly format: number;
  readonly pipeline: string;
  readonly entries: Record<string, StoredResult>;
}

function storeFacts(facts: BodyFacts): StoredFacts {
  return {
    ...facts,
    references: facts.references.map((r) => {
      const tuple: StoredBodyReference = [
        r.kind === 'citation' ? 1 : 0,
        r.id,
        r.collection,
        r.position.line,
        r.position.column,
      ];
      if (r.label !== undefined) tuple.push(r.label);
      return tuple;
    }),
  };
}

function restoreFacts(stored: StoredFacts): BodyFacts {
  return {
    ...stored,
    references: stored.references.map(([kind, id, collection, line, column, label]): BodyReference => ({
      kind: kind === 1 ? 'citation' : 'mention',
      id,
      collection,
      position: { line, column },
      ...(label !== undefined && { label }),
    })),
  };
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
    this.changed = !valid;
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
    const { entity: storedEntity, ...record } = stored.loaded;
    if (!storedEntity) return { diagnostics: stored.diagnostics, loaded: record };
    const text = decodeEntryBytes(record.file, bytes).text ?? '';
    const split = splitFrontmatter(text);
    const body = 'problem' in split ? '' : split.body;
    const facts = restoreFacts(storedEntity.facts);
    // One array for the file and its entity, as load-entry.ts makes it.
    const references = [...record.references, ...referencesInBody(facts)];
    const entity = { ...storedEntity, body, facts, references } as EntityRecord;
    return { diagnostics: stored.diagnostics, loaded: { ...record, references, entity } };
  }

  set(key: string, result: FileResult, cacheable: boolean): void {
    if (!cacheable) return;
    this.changed = true;
    const { entity, ...record } = result.loaded;
    if (!entity) {
      this.next[key] = { diagnostics: result.diagnostics, loaded: record };
      return;
    }
    const { body: _body, html: _html, headings: _headings, references, facts, ...rest } = entity;
    const fields = references.filter((reference) => reference.via === 'field');
    // A file's references are its fields' then its body's (load-entry.ts); anything else is not
    // cached rather than cached wrong.
    if (fields.length + facts.references.length !== references.length) return;
    this.next[key] = {
      diagnostics: result.diagnostics,
      loaded: { ...record, references: fields, entity: { ...rest, facts: storeFacts(facts) } },
    };
  }

  /** Write the entries used in this run (so deleted files drop out), if anything changed. */
  save(): void {
    const kept = Object.keys(this.next).length;
    if (!this.changed && kept === Object.keys(this.old).length) return;
    mkdirSync(path.dirname(this.file), { recursive: true });
    // Written beside and renamed: two checks at once never read half a file.
    const scratch = `${this.file}.${process.pid}.tmp`;
    writeFileSync(
      scratch,
      JSON.stringify({ format: FORMAT, pipeline: this.pipeline, entries: this.next } satisfies CacheFile),
    );
    renameSync(scratch, this.file);
  }
}
