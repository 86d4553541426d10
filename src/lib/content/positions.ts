/**
 * Where each frontmatter value was written, as plain data: made by frontmatter.ts where the YAML
 * is parsed (in a worker thread), read by the integrity rules through `entity.locate`.
 */
import type { Position } from '../diagnostics.ts';

/**
 * The position of every value in the frontmatter, keyed by `pathKey(path)`: plain data, so it can
 * cross from a worker thread to the checker with the entry (the YAML document cannot).
 */
export type PositionTable = Readonly<Record<string, Position>>;

/**
 * The key of a field path in a PositionTable. The `$` keeps a field named `__proto__` or
 * `toString` from meaning anything to a plain object.
 */
export function pathKey(path: readonly PropertyKey[]): string {
  return `$${path.map(String).join('\u001f')}`;
}

/** The position of the value at `path` in `table`, or of its nearest parent that exists. */
export function locateIn(table: PositionTable, path: readonly PropertyKey[], fallback: Position): Position {
  for (let length = path.length; length >= 0; length--) {
    const found = table[pathKey(path.slice(0, length))];
    if (found) return found;
  }
  return fallback;
}
