/** The story's panel fields: what the schema accepts and the message an editor sees otherwise. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BASE } from '../../helpers/fixture-content.ts';
import { loadText } from '../../helpers/load-text.ts';

const base = readFileSync(path.join(BASE, 'content', 'story', 'overview.md'), 'utf8');

function withFields(yaml: string): string {
  return base.replace(/\n---\n/, `\n${yaml}\n---\n`);
}

const campaign = `campaigns:
  - name: The campaign
    summary: What happened.
    event: announcement
    blamedDescription: an unnamed entity
    confidence: highly likely
    assessedBy: ministry
    announcedBy: ruritania
    announcedIn: announcement
    sources: [gov-release]`;

describe('story panel fields', () => {
  it('accepts a campaign, a measures window, responses and key dates', () => {
    const text = withFields(
      `${campaign}\nmeasuresAnnounced: 2024-03-25/2024-03-26\nresponses: [doe-statement]\nkeyDates: [announcement]`,
    );
    const { loaded, messages } = loadText('story', text);
    expect(messages).toEqual([]);
    const data = loaded.entity?.data as { campaigns: unknown[]; keyDates: string[] };
    expect(data.campaigns).toHaveLength(1);
    expect(data.keyDates).toEqual(['announcement']);
  });

  it('takes only the probability words of the yardstick', () => {
    const { messages } = loadText('story', withFields(campaign.replace('highly likely', 'very likely')));
    expect(messages).toEqual([
      'content/story/entry.md:20:17  campaigns[0].confidence: "very likely" is not allowed. Use one of: almost certain, highly likely, likely, realistic possibility, unlikely, highly unlikely, remote chance  [invalid-field]',
    ]);
  });

  it('needs who assessed it and in which event it was announced', () => {
    const { messages } = loadText('story', withFields(campaign.replace('    announcedIn: announcement\n', '')));
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/campaigns\[0\]\.announcedIn/);
  });

  it('allows at most ten key dates', () => {
    const ids = Array.from({ length: 11 }, (_, i) => `event-${i}`).join(', ');
    const { messages } = loadText('story', withFields(`keyDates: [${ids}]`));
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/keyDates/);
  });
});
