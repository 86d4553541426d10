/**
 * Every integrity rule, one fixture folder per case under tests/fixtures/integrity/. Each folder
 * overlays the valid base content and holds `expected.txt`: the exact lines `npm run check`
 * prints. Regenerate after a deliberate message change with `UPDATE_FIXTURES=1 npx vitest run`.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/check-content.ts';
import { formatDiagnostic, RULES } from '../../src/lib/diagnostics.ts';
import { expectedText, FIXTURES, materialise, type TempProject } from '../helpers/fixture-content.ts';

const CASES = path.join(FIXTURES, 'integrity');
const cases = readdirSync(CASES);
const projects: TempProject[] = [];
const seenRules = new Set<string>();

afterAll(() => projects.forEach((project) => project.cleanup()));

describe('integrity rules', () => {
  it.each(cases)('%s', async (name) => {
    const project = materialise(path.join(CASES, name));
    projects.push(project);
    const result = await checkContent({ contentDir: project.contentDir, projectRoot: project.root });
    result.diagnostics.forEach((d) => seenRules.add(d.rule));
    const actual = result.diagnostics.map((d) => `${formatDiagnostic(d)}\n`).join('');
    expect(actual).toBe(expectedText(path.join(CASES, name, 'expected.txt'), actual));
  });

  it('the base content is clean', async () => {
    const project = materialise();
    projects.push(project);
    const result = await checkContent({ contentDir: project.contentDir, projectRoot: project.root });
    expect(result.diagnostics).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.index.all).toHaveLength(8);
  });

  it('every cross-entry rule has at least one fixture', () => {
    const crossEntry = [
      'unknown-id',
      'wrong-target-kind',
      'duplicate-id',
      'possible-duplicate',
      'label-target-mismatch',
      'self-reference',
      'affiliation-cycle',
      'missing-source',
      'unused-source',
      'uncited-paragraph',
      'date-range-reversed',
      'date-precision-mismatch',
      'story-count',
      'provenance-target',
      'reported-with-primary',
      'confirmed-without-primary',
      'weak-sources-only',
    ] as const;
    for (const rule of crossEntry) {
      expect(RULES[rule]).toBeDefined();
      expect(seenRules, `no fixture triggers ${rule}`).toContain(rule);
    }
  });
});
