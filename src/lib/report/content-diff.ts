/**
 * What changed in content/ between two checked versions: entries added, removed and changed,
 * and for each change the fields that differ (old → new) and whether the body changed. Pure: it
 * compares two lists of entries, wherever they came from (see src/cli/report.ts).
 */
import type { CollectionName } from '../../schemas/entity-ref.ts';

/** The least the diff needs of an entry. */
export interface DiffableEntry {
  readonly collection: CollectionName;
  readonly id: string;
  readonly file: string;
  /** Validated data; absent when the entry does not pass its schema. */
  readonly data?: Readonly<Record<string, unknown>> | undefined;
  readonly body?: string | undefined;
}

export interface FieldChange {
  readonly field: string;
  /** Absent when the field was added. */
  readonly before?: unknown;
  /** Absent when the field was removed. */
  readonly after?: unknown;
}

export interface EntryChange {
  readonly entry: DiffableEntry;
  readonly fields: readonly FieldChange[];
  readonly bodyChanged: boolean;
  /** True when the entry moved to another file (same id). */
  readonly moved?: { readonly from: string } | undefined;
}

export interface ContentDiff {
  readonly added: readonly DiffableEntry[];
  readonly removed: readonly DiffableEntry[];
  readonly changed: readonly EntryChange[];
}

const key = (entry: DiffableEntry) => `${entry.collection}/${entry.id}`;

/** Stable text for a value: object keys sorted, so key order in YAML is not a change. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : inner,
  );
}

function fieldChanges(before: Readonly<Record<string, unknown>>, after: Readonly<Record<string, unknown>>) {
  const changes: FieldChange[] = [];
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  for (const field of fields) {
    const inBefore = field in before && before[field] !== undefined;
    const inAfter = field in after && after[field] !== undefined;
    if (inBefore && inAfter && canonical(before[field]) === canonical(after[field])) continue;
    if (!inBefore && !inAfter) continue;
    changes.push({
      field,
      ...(inBefore ? { before: before[field] } : {}),
      ...(inAfter ? { after: after[field] } : {}),
    });
  }
  return changes;
}

const byKey = (a: DiffableEntry, b: DiffableEntry) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);

export function diffContent(before: readonly DiffableEntry[], after: readonly DiffableEntry[]): ContentDiff {
  const old = new Map(before.map((entry) => [key(entry), entry]));
  const now = new Map(after.map((entry) => [key(entry), entry]));
  const added = after.filter((entry) => !old.has(key(entry))).sort(byKey);
  const removed = before.filter((entry) => !now.has(key(entry))).sort(byKey);
  const changed: EntryChange[] = [];
  for (const entry of [...after].sort(byKey)) {
    const previous = old.get(key(entry));
    if (!previous) continue;
    const fields = fieldChanges(previous.data ?? {}, entry.data ?? {});
    const bodyChanged = (previous.body ?? '') !== (entry.body ?? '');
    const moved = previous.file !== entry.file ? { from: previous.file } : undefined;
    if (fields.length > 0 || bodyChanged || moved) changed.push({ entry, fields, bodyChanged, moved });
  }
  return { added, removed, changed };
}
