/** A pending or unknown status must say when it was last known to hold. */
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/lib/check-content.ts';
import { sanctionSchema } from '../../../src/schemas/sanction.ts';
import { materialise } from '../../helpers/fixture-content.ts';

const base = {
  title: 'Designation of Jane Doe',
  kind: 'designation',
  authority: 'ministry',
  targets: ['jane-doe'],
  sources: ['gov-release'],
};

function messages(input: Record<string, unknown>): string[] {
  const result = sanctionSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('statusAsOf', () => {
  it.each(['pending', 'unknown'])('is required when the status is %s', (status) => {
    expect(messages({ ...base, status })).toEqual([
      `statusAsOf: a status of "${status}" needs statusAsOf: { date, sources }, the date it was last known to hold`,
    ]);
  });

  it('is required when the status is left out, since it defaults to unknown', () => {
    expect(messages(base)).toHaveLength(1);
  });

  it('is accepted with a date and sources, and optional for a settled status or guidance', () => {
    expect(
      messages({ ...base, status: 'pending', statusAsOf: { date: '2024-03-25', sources: ['gov-release'] } }),
    ).toEqual([]);
    expect(messages({ ...base, status: 'in-force' })).toEqual([]);
    expect(messages({ title: 'Advice', kind: 'guidance', authority: 'ministry', sources: ['gov-release'] })).toEqual(
      [],
    );
  });

  it('needs at least one source for the date: the checker reports an empty list', async () => {
    const project = materialise();
    try {
      project.write(
        'content/sanctions/test-designation.md',
        [
          '---',
          'title: Designation of Jane Doe',
          'kind: designation',
          'authority: ministry',
          'targets: [jane-doe]',
          'status: pending',
          'statusAsOf:',
          '  date: 2024-03-25',
          '  sources: []',
          'sources: [gov-release]',
          '---',
          '',
        ].join('\n'),
      );
      const checked = await checkContent({ contentDir: project.contentDir, projectRoot: project.root });
      expect(checked.diagnostics.map((d) => `${d.rule} ${d.message}`)).toContain(
        'missing-source statusAsOf: this claim has no source; add sources: [<source id>] to it',
      );
    } finally {
      project.cleanup();
    }
  });
});
