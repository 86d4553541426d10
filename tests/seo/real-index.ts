/**
 * The real content's index, loaded without Astro, and a way to give one entry an update log,
 * for the SEO and feed tests.
 */
import path from 'node:path';
import { checkContent } from '../../src/lib/check-content.ts';
import { buildIndex, type ContentIndex } from '../../src/lib/content-index.ts';
import type { Entity } from '../../src/lib/content/load-entry.ts';
import type { UpdateLogEntry } from '../../src/schemas/update-log.ts';
import { PROJECT_ROOT } from '../helpers/fixture-content.ts';

export const SITE = 'https://casefile.example.org/';

export async function realIndex(): Promise<ContentIndex<Entity>> {
  const { index, ok } = await checkContent({
    contentDir: path.join(PROJECT_ROOT, 'content'),
    projectRoot: PROJECT_ROOT,
  });
  if (!ok) throw new Error('content/ does not pass npm run check');
  return index;
}

/** A copy of the index in which some entries' data is changed. */
export function withData(
  index: ContentIndex<Entity>,
  changes: Record<string, (data: Record<string, unknown>) => Record<string, unknown>>,
): ContentIndex<Entity> {
  return buildIndex(
    index.all.map((entity) => {
      const change = changes[entity.id];
      return change ? ({ ...entity, data: change({ ...entity.data }) } as Entity) : entity;
    }),
  );
}

export const update = (date: string, summary: string, kind: UpdateLogEntry['kind'] = 'update'): UpdateLogEntry => ({
  date,
  kind,
  summary,
  sources: [],
});

export const HOSTILE = 'Ends </script><script>alert(1)</script> <!-- & "quotes", commas,\nnewlines \u2028 and \u2029';
