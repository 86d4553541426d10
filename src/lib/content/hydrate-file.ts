/**
 * A FileRecord (plain data, from a worker or the cache) made into the LoadedFile the rules use:
 * the only part that is not data is `locate`. Kept apart from load-entry.ts so the checker's
 * own thread does not load the parsers it leaves to the workers.
 */
import type { Entity, FileRecord, LoadedFile } from './load-entry.ts';
import { locateIn } from './positions.ts';

/** Where the YAML starts: the answer for a path that names nothing. */
const FRONTMATTER_START = { line: 2, column: 1 };

export function hydrateFile(record: FileRecord): LoadedFile {
  const { entity, ...claim } = record;
  if (!entity) return claim;
  const locate = (path: readonly PropertyKey[]) => locateIn(entity.positions, path, FRONTMATTER_START);
  return { ...claim, entity: { ...entity, locate } as Entity };
}
