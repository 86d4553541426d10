/**
 * Rules `unknown-id`, `wrong-target-kind` and `self-reference`: every reference field, mention
 * and citation must point at an existing entry of the kind the field allows.
 * What a field allows is declared once, in the schema (`entityRef` in src/schemas/entity-ref.ts).
 */
import { describeTarget, singular, type CollectionName } from '../../schemas/entity-ref.ts';
import { diagnostic, type Diagnostic } from '../diagnostics.ts';
import { generateId, isValidId } from '../ids.ts';
import { didYouMeanEntry, EntryFinder } from '../suggest.ts';
import type { Entity, LoadedFile, Reference } from '../content/load-entry.ts';
import type { ContentIndex } from '../content-index.ts';
import type { IntegrityRule } from './check-context.ts';
import { entryNames } from './entry-names.ts';
import { mentionDirective } from './label-target.ts';

/**
 * How a message names where a reference is written. Worked out only for a problem, like the
 * target's description: a 20,000-entry check holds 435,000 references.
 */
function where(reference: Reference): string {
  if (reference.via === 'citation') return ':cite';
  if (reference.via === 'mention') return `${reference.target.collections.map(singular).join('/')} mention`;
  return reference.field;
}

export const checkReferences: IntegrityRule = ({ files, index }) => {
  const problems: Diagnostic[] = [];
  // Ids of files that exist but failed their schema: references to them are not reported again.
  const claimed = new Set(files.map((file) => file.id));
  const finders = new Map<string, EntryFinder>();
  // Files whose name is not a valid id, by the id their own error tells the editor to rename them
  // to: a reference to that id is waiting for the rename, so the fix is the rename.
  const renames = new Map<string, LoadedFile>();
  for (const file of files) {
    if (!isValidId(file.id) && generateId(file.id) !== '') renames.set(generateId(file.id), file);
  }

  for (const entity of files) {
    for (const reference of entity.references) {
      const { target } = reference;
      const found = index.byId.get(reference.id);

      if (!found) {
        if (claimed.has(reference.id)) continue;
        const pending = renames.get(reference.id);
        if (pending && target.collections.includes(pending.collection)) {
          problems.push(
            diagnostic(
              entity.file,
              reference.position,
              'unknown-id',
              `${where(reference)}: no ${describeTarget(target)} has the id "${reference.id}" yet. Rename ${pending.file} to ${reference.id}.md`,
            ),
          );
          continue;
        }
        const key = target.collections.join(' ');
        let finder = finders.get(key);
        if (!finder) finders.set(key, (finder = finderFor(index, target.collections)));
        const fromLabel = reference.label !== undefined && generateId(reference.label) === reference.id;
        const suggestions = finder.suggest(reference.id, reference.label);
        const madeFrom = fromLabel ? ` (made from the label "${reference.label}")` : '';
        const fix =
          suggestions.length === 0
            ? ` Check the spelling, or create content/${target.collections[0]}/${reference.id}.md`
            : `${didYouMeanEntry(suggestions)}${fromLabel && suggestions.length === 1 ? ` Write :${mentionDirective(reference.target.collections[0]!)}[${reference.label}]{#${suggestions[0]!.id}}` : ''}`;
        problems.push(
          diagnostic(
            entity.file,
            reference.position,
            'unknown-id',
            `${where(reference)}: no ${describeTarget(target)} has the id "${reference.id}"${madeFrom}.${fix}`,
          ),
        );
        continue;
      }

      if (found.id === entity.id && reference.via === 'field' && !target.allowSelf) {
        problems.push(
          diagnostic(
            entity.file,
            reference.position,
            'self-reference',
            `${where(reference)}: "${reference.id}" is this entry itself; point to another entry or remove the line`,
          ),
        );
        continue;
      }

      if (!target.collections.includes(found.collection)) {
        problems.push(
          diagnostic(
            entity.file,
            reference.position,
            'wrong-target-kind',
            `${where(reference)}: "${reference.id}" is ${article(singular(found.collection))}, but this needs ${article(describeTarget(target))}`,
          ),
        );
        continue;
      }

      if (found.collection === 'actors' && target.actorKinds) {
        const kind = (found.data as { kind: string }).kind;
        if (!(target.actorKinds as readonly string[]).includes(kind)) {
          problems.push(
            diagnostic(
              entity.file,
              reference.position,
              'wrong-target-kind',
              `${where(reference)}: "${reference.id}" is an actor of kind ${kind}, but this needs ${article(describeTarget(target))}`,
            ),
          );
        }
      }
    }
  }
  return problems;
};

/** Entries of the collections a reference may point into, by id and name; valid entries only. */
function finderFor(index: ContentIndex<Entity>, collections: readonly CollectionName[]): EntryFinder {
  return new EntryFinder(
    collections.flatMap((name) =>
      index.byCollection[name].map((entity) => ({
        id: entity.id,
        names: entryNames(entity).map((name) => name.text),
      })),
    ),
  );
}

function article(noun: string): string {
  return `${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`;
}
