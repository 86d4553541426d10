/** The update log: its editor-facing messages, and the one function that reads "last updated". */
import { describe, expect, it } from 'vitest';
import { lastUpdated, latestDate, updatesOf } from '../../src/lib/update-log.ts';
import { loadText } from '../helpers/load-text.ts';

const SOURCE = `---
title: "A page"
publisher: "Someone"
url: "https://example.org/page"
accessed: "2024-03-26"
kind: press
primary: false
`;

describe('updates: in frontmatter', () => {
  it('accepts updates and corrections that say what was wrong', () => {
    const { loaded, messages } = loadText(
      'sources',
      `${SOURCE}updates:
  - date: "2024-04-01"
    summary: "Added the archived copy."
  - date: "2024-04-02"
    kind: correction
    summary: "The date was given as 25 March; it is 26 March."
---
`,
    );
    expect(messages).toEqual([]);
    expect(loaded.entity?.data.updates.map((update) => update.kind)).toEqual(['update', 'correction']);
  });

  it('refuses a correction that does not say what was wrong', () => {
    const { messages } = loadText(
      'sources',
      `${SOURCE}updates:
  - date: "2024-04-02"
    kind: correction
    summary: "Fixed."
---
`,
    );
    expect(messages.join('\n')).toContain('updates[0].summary: a correction must say what was wrong');
  });

  it('refuses an update without a real date', () => {
    const { messages } = loadText(
      'sources',
      `${SOURCE}updates:
  - date: "2024-02-30"
    summary: "Added a note."
---
`,
    );
    expect(messages.join('\n')).toContain('"2024-02-30" is not a real date: February 2024 has 29 days');
  });
});

describe('lastUpdated', () => {
  const update = (date: string) => ({ date, kind: 'update' as const, summary: 'x', sources: [] });

  it('is the newest date, whatever order the log is written in', () => {
    const data = { updates: [update('2024-05-01'), update('2024-04-01'), update('2024-06-10')] };
    expect(lastUpdated(data)).toBe('2024-06-10');
    expect(updatesOf(data).map((entry) => entry.date)).toEqual(['2024-04-01', '2024-05-01', '2024-06-10']);
  });

  it('is undefined for an entry never updated', () => {
    expect(lastUpdated({ updates: [] })).toBeUndefined();
    expect(lastUpdated({})).toBeUndefined();
  });

  it('picks the latest of several dates and skips missing ones', () => {
    expect(latestDate(['2024-03-25', undefined, '2024-03-26', '2024-01'])).toBe('2024-03-26');
    expect(latestDate([])).toBeUndefined();
  });
});
