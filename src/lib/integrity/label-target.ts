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
import { MENTION_DIRECTIVES } from '../mention-directives.ts';
import { actorsByName, nameKey } from './actor-names.ts';
import type { IntegrityRule } from './check-context.ts';
import type { Entity } from '../content/load-entry.ts';
import { entryNames } from './entry-names.ts';

/** A label's words, the id made from it and, once asked for, its folded key. */
type FoldedLabel = { readonly words: string[]; readonly id: string; key?: string };

export const checkLabelTargets: IntegrityRule = ({ files, index }) => {
  // 20,000 entries hold some 270,000 mentions but only a few thousand distinct labels and
  // (id, label) pairs: each label is folded once and each pair judged once, and a mention
  // already judged costs two look-ups.
  const labels = new Map<string, FoldedLabel>();
  /** Per mentioned id, its entry (if any), the words its names answer to, and each label's verdict. */
  const mentioned = new Map<
    string,
    { readonly target: Entity | undefined; names?: Set<string>; readonly verdicts: Map<string, boolean> }
  >();
  const problems: Diagnostic[] = [];

  for (const file of files) {
    for (const reference of file.references) {
      const { label } = reference;
      if (reference.via !== 'mention' || label === undefined) continue;
      let judged = mentioned.get(reference.id);
      if (!judged)
        mentioned.set(reference.id, (judged = { target: index.byId.get(reference.id), verdicts: new Map() }));
      const { target } = judged;
      // Unknown ids and wrong kinds are reported by the references rule.
      if (!target || !reference.target.collections.includes(target.collection)) continue;
      let fits = judged.verdicts.get(label);
      if (fits === undefined) {
        const folded = foldedLabel(labels, label);
        // A label the id was made from fits by definition.
        if (folded.id === reference.id || folded.words.length === 0) fits = true;
        else {
          judged.names ??= vocabulary([
            ...entryNames(target, { offices: true }).map((name) => name.text),
            target.id.replaceAll('-', ' '),
          ]);
          fits = sharedWords(folded.words, judged.names) > 0;
        }
        judged.verdicts.set(label, fits);
      }
      if (fits) continue;

      const folded = foldedLabel(labels, label);
      folded.key ??= nameKey(label);
      const other = actorsByName(index).get(folded.key)?.[0]?.entity;
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

/** A label's words and the id made from it, worked out once per label. */
function foldedLabel(labels: Map<string, FoldedLabel>, label: string): FoldedLabel {
  let folded = labels.get(label);
  if (!folded) labels.set(label, (folded = { words: nameWords(label), id: generateId(label) }));
  return folded;
}

/** The directive that mentions an entry of a collection: `actor` for actors. */
export function mentionDirective(collection: CollectionName): string {
  return Object.entries(MENTION_DIRECTIVES).find(([, name]) => name === collection)?.[0] ?? 'actor';
}
