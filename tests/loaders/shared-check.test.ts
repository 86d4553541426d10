/**
 * The check shared by everyone in a process (src/loaders/shared-check.ts): reused while no file
 * changes, so a build parses every body once, and let go when the build no longer needs it, so
 * that its model does not sit beside Astro's store to the end of the build (issue 12).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { getCheckedContent, releaseCheckedContent } from '../../src/loaders/shared-check.ts';
import { materialise } from '../helpers/fixture-content.ts';

const project = materialise();
afterAll(() => project.cleanup());

describe('the shared check', () => {
  it('answers again from memory while nothing changed, and checks afresh once released', async () => {
    const first = await getCheckedContent(project.contentDir, project.root);
    expect(await getCheckedContent(project.contentDir, project.root)).toBe(first);
    releaseCheckedContent();
    const fresh = await getCheckedContent(project.contentDir, project.root);
    expect(fresh).not.toBe(first);
    expect(fresh.index.all.map((entity) => entity.id)).toEqual(first.index.all.map((entity) => entity.id));
  });
});
