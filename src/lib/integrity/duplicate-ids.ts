/**
 * Rule `duplicate-id`: ids are unique across all collections, so a mention or reference can never
 * be ambiguous. Two ids count as the same when they differ only in case, accents, hyphens or
 * look-alike letters from other scripts (`APT31`, `apt-31`, `аpt31` with a Cyrillic а).
 */
import { diagnostic, START_OF_FILE } from '../diagnostics.ts';
import { idCollisionKey, isValidId } from '../ids.ts';
import type { IntegrityRule } from './check-context.ts';

export const checkDuplicateIds: IntegrityRule = ({ files }) => {
  const firstByKey = new Map<string, (typeof files)[number]>();
  const problems = [];
  // A file whose name is already a valid id keeps it; the others are reported as the duplicates.
  const ordered = [...files].sort((a, b) => Number(isValidId(b.id)) - Number(isValidId(a.id)));
  for (const file of ordered) {
    const key = idCollisionKey(file.id) || file.id;
    const first = firstByKey.get(key);
    if (!first) {
      firstByKey.set(key, file);
      continue;
    }
    const same =
      first.id === file.id
        ? `the id "${file.id}"`
        : `the id "${file.id}" (the same as "${first.id}" once case, accents and hyphens are ignored)`;
    problems.push(
      diagnostic(
        file.file,
        START_OF_FILE,
        'duplicate-id',
        `${same} is already used by ${first.file}; ids must be unique across all collections (ignoring case, accents, hyphens and look-alike letters). Rename one of the files`,
      ),
    );
  }
  return problems;
};
