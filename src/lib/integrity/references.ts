/**
 * Rules `unknown-id`, `wrong-target-kind` and `self-reference`: every reference field, mention
 * and citation must point at an existing entry of the kind the field allows.
 * What a field allows is declared once, in the schema (`entityRef` in src/schemas/entity-ref.ts).
 */
import { describeTarget, singular, type CollectionName } from '../../schemas/entity-ref.ts';
import { diagnostic, type Diagnostic } from '../diagnostics.ts';
import { closestMatch } from '../suggest.ts';
import type { Reference } from '../content/load-entry.ts';
import type { IntegrityRule } from './check-context.ts';

function where(reference: Reference): string {
  if (reference.via === 'citation') return ':cite';
  if (reference.via === 'mention') return `${reference.target.collections.map(singular).join('/')} mention`;
  return reference.field;
}

export const checkReferences: IntegrityRule = ({ files, index }) => {
  const problems: Diagnostic[] = [];
  // Ids of files that exist but failed their schema: references to them are not reported again.
  const claimed = new Set(files.map((file) => file.id));
  const idsByCollection = new Map<CollectionName, string[]>();
  for (const file of files) {
    const list = idsByCollection.get(file.collection) ?? [];
    list.push(file.id);
    idsByCollection.set(file.collection, list);
  }

  for (const entity of files) {
    for (const reference of entity.references) {
      const { target } = reference;
      const expected = describeTarget(target);
      const label = where(reference);
      const found = index.byId.get(reference.id);

      if (!found) {
        if (claimed.has(reference.id)) continue;
        const candidates = target.collections.flatMap((name) => idsByCollection.get(name) ?? []);
        const suggestion = closestMatch(reference.id, candidates);
        const fix =
          suggestion !== undefined
            ? ` Did you mean "${suggestion}"?`
            : ` Check the spelling, or create content/${target.collections[0]}/${reference.id}.md`;
        problems.push(
          diagnostic(
            entity.file,
            reference.position,
            'unknown-id',
            `${label}: no ${expected} has the id "${reference.id}".${fix}`,
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
            `${label}: "${reference.id}" is this entry itself; point to another entry or remove the line`,
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
            `${label}: "${reference.id}" is ${article(singular(found.collection))}, but this needs ${article(expected)}`,
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
              `${label}: "${reference.id}" is an actor of kind ${kind}, but this needs ${article(expected)}`,
            ),
          );
        }
      }
    }
  }
  return problems;
};

function article(noun: string): string {
  return `${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`;
}
