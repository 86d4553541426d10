/** Load one entry from text, as the checker would, and return its printed problems. */
import type { CollectionName } from '../../src/schemas/entity-ref.ts';
import { formatDiagnostic } from '../../src/lib/diagnostics.ts';
import { loadEntry } from '../../src/lib/content/load-entry.ts';

export function loadText(collection: CollectionName, text: string, fileName = 'entry.md') {
  const file = `content/${collection}/${fileName}`;
  const { loaded, diagnostics } = loadEntry({ collection, file, absolutePath: `/nowhere/${file}`, fileName }, text);
  return { loaded, messages: diagnostics.map(formatDiagnostic) };
}
