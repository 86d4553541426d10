/**
 * `npm run schemas`: regenerate what the editor's tools derive from the zod schemas, as a
 * function for the tests; `schemas.ts` is the executable around it.
 *
 * - the frontmatter JSON Schemas with the ids that exist, for completion while typing
 *   (`.astro/collections/`, see src/lib/json-schema/editor-schema-files.ts);
 * - the field reference in content/README.md, between its markers, formatted by Prettier so that
 *   `npm run format` leaves it as it is.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import prettier from 'prettier';
import { checkContent } from '../lib/check-content.ts';
import { writeEditorSchemas } from '../lib/json-schema/editor-schema-files.ts';
import { fieldReference, replaceFieldReference } from '../lib/json-schema/field-reference.ts';

/** The editor's guide, which holds the generated field reference. */
export const GUIDE = 'content/README.md';

/** The guide's text with a current field reference, or undefined when its markers are missing. */
export async function currentGuide(text: string, projectRoot: string): Promise<string | undefined> {
  const file = path.join(projectRoot, GUIDE);
  const options = (await prettier.resolveConfig(file)) ?? {};
  const section = (await prettier.format(fieldReference(), { ...options, parser: 'markdown' })).trimEnd();
  return replaceFieldReference(text, section);
}

export async function schemasCommand(print: (line: string) => void, cwd = process.cwd()): Promise<number> {
  const checked = await checkContent({ contentDir: path.join(cwd, 'content'), projectRoot: cwd });
  const written = await writeEditorSchemas(checked.files, cwd);
  print(
    written.length > 0
      ? `✔ wrote ${written.join(', ')}`
      : `✔ the editor's frontmatter schemas in .astro/collections/ are current`,
  );

  const guidePath = path.join(cwd, GUIDE);
  const guide = await readFile(guidePath, 'utf8');
  const updated = await currentGuide(guide, cwd);
  if (updated === undefined) {
    print(`✖ ${GUIDE} has lost its <!-- fields:start … --> and <!-- fields:end --> markers; put them back`);
    return 1;
  }
  if (updated !== guide) await writeFile(guidePath, updated);
  print(
    updated !== guide ? `✔ rewrote the field reference in ${GUIDE}` : `✔ the field reference in ${GUIDE} is current`,
  );
  return 0;
}
