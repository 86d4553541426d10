/**
 * Rule `duplicate-id`: ids are unique across all collections, so a mention or reference can never
 * be ambiguous. Two ids count as the same when they differ only in case, accents, hyphens or
 * look-alike letters from other scripts (`APT31`, `apt-31`, `аpt31` with a Cyrillic а).
 *
 * The file to rename is the one in the wrong: a file whose name is not a valid id, else the file
 * git got later (adding `apt-31.md` blames it, not the old `apt31.md`), else both (issue 9).
 */
import { diagnostic, START_OF_FILE, type Diagnostic } from '../diagnostics.ts';
import { idCollisionKey, isValidId } from '../ids.ts';
import type { LoadedFile } from '../content/load-entry.ts';
import type { IntegrityRule } from './check-context.ts';
import { firstAdded, newerOf } from './file-history.ts';

const UNIQUE = 'ids must be unique across all collections (ignoring case, accents, hyphens and look-alike letters)';

export const checkDuplicateIds: IntegrityRule = ({ files, projectRoot }) => {
  const firstByKey = new Map<string, LoadedFile>();
  const clashes: [first: LoadedFile, later: LoadedFile][] = [];
  // A file whose name is already a valid id keeps it; the others are reported as the duplicates.
  const ordered = [...files].sort((a, b) => Number(isValidId(b.id)) - Number(isValidId(a.id)));
  for (const file of ordered) {
    const key = idCollisionKey(file.id) || file.id;
    const first = firstByKey.get(key);
    if (first) clashes.push([first, file]);
    else firstByKey.set(key, file);
  }
  if (clashes.length === 0) return [];

  // Only clashes between two valid (or two invalid) names need git to say which file is newer.
  const undecided = clashes.filter(([first, later]) => isValidId(first.id) === isValidId(later.id));
  const involved = [...new Set(undecided.flatMap(([first, later]) => [first.file, later.file]))];
  const history = projectRoot !== undefined && involved.length > 0 ? firstAdded(projectRoot, involved) : new Map();

  const problems: Diagnostic[] = [];
  for (const [first, later] of clashes) {
    if (isValidId(first.id) !== isValidId(later.id)) {
      problems.push(report(later, first, 'is already used by', 'Rename one of the files'));
      continue;
    }
    const blamed = newerOf(first.file, later.file, history);
    if (blamed.length === 2) {
      problems.push(report(later, first, 'is also used by', 'Rename one of the files'));
      problems.push(report(first, later, 'is also used by', 'Rename one of the files'));
    } else {
      const [newer, older] = blamed[0] === later.file ? [later, first] : [first, later];
      problems.push(report(newer, older, 'is already used by', 'Rename this file', true));
    }
  }
  return problems;
};

function report(file: LoadedFile, other: LoadedFile, verb: string, fix: string, older = false): Diagnostic {
  const same =
    other.id === file.id
      ? `the id "${file.id}"`
      : `the id "${file.id}" (the same as "${other.id}" once case, accents and hyphens are ignored)`;
  const since = older ? ', which has been in git longer' : '';
  return diagnostic(
    file.file,
    START_OF_FILE,
    'duplicate-id',
    `${same} ${verb} ${other.file}${since}; ${UNIQUE}. ${fix}`,
  );
}
