/**
 * Rule `label-target-mismatch` (a warning): a mention whose label names a different entity than
 * its id points at, as in `:actor[Oliver Dowden]{#electoral-commission}` (issue 9). The page
 * would show "Oliver Dowden" and link to the Electoral Commission.
 *
 * What editors legitimately write decides the precision. An actor's label must share a word with
 * the actor's name, aliases, native name, offices or id, ignoring stop words and possessives:
 * "the Commission", "Dowden's", "the Foreign Secretary", "Chinese Embassy" and acronyms ("FCDO")
 * all pass, and a label made only of stop words ("he", "the") is never judged. Labels of events,
 * quotes, measures and sources are phrases from the sentence ("the summons", "his statement"), so
 * they are flagged only when the label is exactly the name of an actor.
 */
import { generateId } from '../ids.ts';
import { diagnostic, type Diagnostic } from '../diagnostics.ts';
import { nameWords, sharedWords, vocabulary } from '../names/name-words.ts';
import { singular, type CollectionName } from '../../schemas/entity-ref.ts';
import { MENTION_DIRECTIVES } from '../body-syntax.ts';
import { actorsByName, nameKey } from './actor-names.ts';
import type { IntegrityRule } from './check-context.ts';
import { entryNames } from './entry-names.ts';

export const checkLabelTargets: IntegrityRule = ({ files, index }) => {
  const vocabularies = new Map<string, Set<string>>();
  const verdicts = new Map<string, boolean>();
  const problems: Diagnostic[] = [];

  for (const file of files) {
    for (const reference of file.references) {
      const { label } = reference;
      if (reference.via !== 'mention' || label === undefined || generateId(label) === reference.id) continue;
      const target = index.byId.get(reference.id);
      // Unknown ids and wrong kinds are reported by the references rule.
      if (!target || !reference.target.collections.includes(target.collection)) continue;
      // The same label names the same target again and again ("the event", an actor's name):
      // each pair is judged once.
      const pair = `${target.id}\0${label}`;
      let fits = verdicts.get(pair);
      if (fits === undefined) {
        const words = nameWords(label);
        let names = vocabularies.get(target.id);
        if (!names) {
          const texts = [
            ...entryNames(target, { offices: true }).map((name) => name.text),
            target.id.replaceAll('-', ' '),
          ];
          vocabularies.set(target.id, (names = vocabulary(texts)));
        }
        fits = words.length === 0 || sharedWords(words, names) > 0;
        verdicts.set(pair, fits);
      }
      if (fits) continue;

      const other = actorsByName(index).get(nameKey(label))?.[0]?.entity;
      const namesOther = other !== undefined && other.id !== target.id;
      if (target.collection !== 'actors' && !namesOther) continue;

      const kind = singular(target.collection);
      const targetName = entryNames(target)[0]?.text;
      const shown = targetName === undefined ? `"${target.id}"` : `"${target.id}" (${targetName})`;
      const meant = namesOther
        ? `, and is the name of "${other.id}" (${other.file}). Did you mean :${mentionDirective(other.collection)}[${label}]{#${other.id}}?`
        : '. Check the id.';
      // A label that is another actor's name is a wrong id; otherwise it may be a name we lack.
      const otherwise =
        target.collection !== 'actors'
          ? ' Otherwise reword the label'
          : namesOther
            ? ''
            : ` If "${label}" is another name for ${target.id}, add it to its aliases`;
      problems.push(
        diagnostic(
          file.file,
          reference.position,
          'label-target-mismatch',
          `${kind} mention: the label "${label}" shares no word with the names of ${shown}${meant}${otherwise}`,
        ),
      );
    }
  }
  return problems;
};

/** The directive that mentions an entry of a collection: `actor` for actors. */
export function mentionDirective(collection: CollectionName): string {
  return Object.entries(MENTION_DIRECTIVES).find(([, name]) => name === collection)?.[0] ?? 'actor';
}
