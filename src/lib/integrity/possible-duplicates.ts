/**
 * Rule `possible-duplicate` (a warning): two actors whose names, aliases or native names fold to
 * the same text are probably one actor filed twice: `zirconium.md` next to APT31's alias
 * ZIRCONIUM, `violet-typhoon.md` named "APT 31", `sir-oliver-dowden.md` named "Oliver Dowden".
 * Folding is `foldName`, the rule `npm run new` also refuses duplicates by (issue 9).
 *
 * One pass builds a map from folded key to the entries that answer to it, so 20,000 entries cost
 * 20,000 look-ups, never a comparison of every pair.
 */
import { diagnostic, type Diagnostic } from '../diagnostics.ts';
import { actorsByName, type NameClaim } from './actor-names.ts';
import type { IntegrityRule } from './check-context.ts';
import { firstAdded, newerOf } from './file-history.ts';

export const checkPossibleDuplicates: IntegrityRule = ({ index, projectRoot }) => {
  const claims = actorsByName(index);

  // Each pair of entries once, however many names they share: the first shared name says it.
  const pairs = new Map<string, [NameClaim, NameClaim]>();
  for (const list of claims.values()) {
    for (let i = 1; i < list.length; i++) {
      const [first, later] = [list[0]!, list[i]!];
      const pair = `${first.entity.file}\n${later.entity.file}`;
      if (!pairs.has(pair)) pairs.set(pair, [first, later]);
    }
  }
  if (pairs.size === 0) return [];

  const involved = [...new Set([...pairs.values()].flatMap(([a, b]) => [a.entity.file, b.entity.file]))];
  const history = projectRoot === undefined ? new Map<string, number>() : firstAdded(projectRoot, involved);
  const problems: Diagnostic[] = [];
  for (const [a, b] of pairs.values()) {
    for (const blamed of newerOf(a.entity.file, b.entity.file, history)) {
      const [here, there] = blamed === a.entity.file ? [a, b] : [b, a];
      problems.push(report(here, there));
    }
  }
  return problems;
};

function report(here: NameClaim, there: NameClaim): Diagnostic {
  const same =
    here.name.text === there.name.text
      ? ''
      : ` ("${there.name.text}" once case, accents, spacing and titles are ignored)`;
  const theirs = there.name.kind === 'name' ? 'the name' : `${article(there.name.kind)} ${there.name.kind}`;
  return diagnostic(
    here.entity.file,
    here.entity.locate(here.name.path),
    'possible-duplicate',
    `${here.name.kind} "${here.name.text}" is also ${theirs} of ${there.entity.file}${same}, so the two may be one actor. If they are, merge them into one file (keep one id, list the other names under aliases); if not, add the detail that tells them apart to the name`,
  );
}

function article(noun: string): string {
  return /^[aeiou]/.test(noun) ? 'an' : 'a';
}
