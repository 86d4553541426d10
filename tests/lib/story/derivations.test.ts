import { describe, expect, it } from 'vitest';
import { campaignsOf } from '../../../src/lib/story/campaigns.ts';
import { responsesOf, titleAt } from '../../../src/lib/story/china-response.ts';
import { isWithin } from '../../../src/lib/story/date-window.ts';
import { sectionHeadings } from '../../../src/lib/story/headings.ts';
import { keyDatesOf } from '../../../src/lib/story/key-dates.ts';
import { groupByStatus, type Claim } from '../../../src/lib/story/knowledge.ts';
import { siteLastUpdated } from '../../../src/lib/story/last-updated.ts';
import { STATUS_WORDS } from '../../../src/lib/story/status-words.ts';
import { actor, entry, event, indexOf, story } from './fixtures.ts';

describe('campaignsOf', () => {
  const index = indexOf([
    actor('agency', 'Agency', { aliases: [{ name: 'AG' }] }),
    actor('realm', 'Realm', { kind: 'state' }),
    actor('group', 'Group', { kind: 'threat-group' }),
    event('access', '2021-08/2022-10'),
    event('announce', '2024-03-25'),
  ]);
  const campaign = {
    name: 'C',
    summary: 'S',
    event: 'access',
    blamedDescription: 'an unnamed entity',
    confidence: 'highly likely' as const,
    assessedBy: 'agency',
    announcedBy: 'realm',
    announcedIn: 'announce',
    sources: ['src'],
  };

  it('resolves every id and takes the period from the campaign event', () => {
    const [resolved] = campaignsOf(index, story({ campaigns: [campaign, { ...campaign, blamed: 'group' }] }));
    expect(resolved!.event.data.date).toBe('2021-08/2022-10');
    expect(resolved!.blamed).toBeUndefined();
    expect(resolved!.assessedBy.id).toBe('agency');
    expect(resolved!.announcedIn.data.date).toBe('2024-03-25');
  });

  it('names the blamed actor when there is one', () => {
    const [, named] = campaignsOf(index, story({ campaigns: [campaign, { ...campaign, blamed: 'group' }] }));
    expect(named!.blamed?.id).toBe('group');
  });

  it('refuses an id that is not in the right collection', () => {
    expect(() => campaignsOf(index, story({ campaigns: [{ ...campaign, event: 'agency' }] }))).toThrow(
      /not in timeline/,
    );
  });
});

describe('keyDatesOf', () => {
  const index = indexOf([
    event('disclosed', '2023-08-08'),
    event('first', '2021-08'),
    event('year', '2021'),
    event('attributed', '2024-03-25'),
    event('same-day', '2024-03-25'),
  ]);

  it('puts the dates in order of time whatever order the editor wrote', () => {
    const ids = keyDatesOf(index, story({ keyDates: ['disclosed', 'first', 'attributed', 'year'] })).map((e) => e.id);
    expect(ids).toEqual(['year', 'first', 'disclosed', 'attributed']);
  });

  it('keeps the editor order for events on the same date', () => {
    const ids = keyDatesOf(index, story({ keyDates: ['same-day', 'attributed'] })).map((e) => e.id);
    expect(ids).toEqual(['same-day', 'attributed']);
  });
});

describe('responsesOf', () => {
  const quote = (id: string, about: string[]) =>
    entry('quotes', id, { speaker: 'embassy', text: `Text ${id}`, date: '2024-03-25', about });
  const index = indexOf([
    actor('embassy', 'Embassy'),
    quote('cited', ['context']),
    quote('about-only', ['other', 'context']),
    quote('loose', []),
    event('context', '2024-03-25'),
    event('denial', '2024-03-25', {}),
    entry('timeline', 'denial-with-link', { title: 'Denial', date: '2024-03-25', dateMeaning: 'announced' }, [
      { id: 'cited', field: 'body' },
    ]),
    actor('other', 'Other'),
  ]);

  it('takes the event from the timeline entry that cites the quote, else from what the quote is about', () => {
    const [cited, aboutOnly, loose] = responsesOf(index, story({ responses: ['cited', 'about-only', 'loose'] }));
    expect(cited!.event?.id).toBe('denial-with-link');
    expect(aboutOnly!.event?.id).toBe('context');
    expect(loose!.event).toBeUndefined();
    expect(cited!.speaker.id).toBe('embassy');
  });
});

describe('titleAt', () => {
  const actorData = {
    titles: [
      { title: 'Former post', from: '2019', to: '2022-12' },
      { title: 'Spokesperson', organisation: 'ministry', from: '2024-01' },
    ],
  };

  it('finds the title held on the day', () => {
    expect(titleAt(actorData, '2024-03-26')).toEqual({ title: 'Spokesperson', organisation: 'ministry' });
    expect(titleAt(actorData, '2021-05-01')).toEqual({ title: 'Former post' });
  });

  it('finds none between posts', () => {
    expect(titleAt(actorData, '2023-06-01')).toBeUndefined();
  });
});

describe('groupByStatus', () => {
  const claim = (text: string, status: Claim['status']) =>
    ({ claim: text, status, attributedTo: [], sources: [] }) as Claim;

  it('groups in the fixed order, keeps the editor order within a group, and leaves out empty statuses', () => {
    const groups = groupByStatus([claim('a', 'unknown'), claim('b', 'confirmed'), claim('c', 'unknown')]);
    expect(groups.map((g) => [g.status, g.claims.map((c) => c.claim)])).toEqual([
      ['confirmed', ['b']],
      ['unknown', ['a', 'c']],
    ]);
  });

  it('has a legend entry for every status, in the same order', () => {
    expect(STATUS_WORDS.map((word) => word.status)).toEqual(['confirmed', 'alleged', 'denied', 'unknown']);
    for (const word of STATUS_WORDS) expect(word.definition.length).toBeGreaterThan(5);
  });
});

describe('sectionHeadings', () => {
  it('reads the ids the pipeline gave the h2s, with their text', () => {
    const html =
      '<h2 id="section--what-the-uk-announced">What the UK announced</h2><p>x</p><h3 id="section--sub">Sub</h3>' +
      '<h2 id="section--sanctions-a-b">Sanctions: A &#x26; B <em>now</em></h2><h2>No id</h2>';
    expect(sectionHeadings(html)).toEqual([
      { id: 'section--what-the-uk-announced', text: 'What the UK announced' },
      { id: 'section--sanctions-a-b', text: 'Sanctions: A & B now' },
    ]);
  });
});

describe('siteLastUpdated', () => {
  const log = (...dates: string[]) => ({
    updates: dates.map((date) => ({ date, kind: 'update' as const, summary: 's', sources: [] })),
  });

  it('is the newest update anywhere, or the publication day when nothing changed since', () => {
    expect(siteLastUpdated('2024-03-26', [log(), log()])).toBe('2024-03-26');
    expect(siteLastUpdated('2024-03-26', [log('2024-04-02'), log('2024-05-01', '2024-04-01')])).toBe('2024-05-01');
  });
});

describe('isWithin', () => {
  it('accepts dates wholly inside the period, and no vaguer ones', () => {
    expect(isWithin('2024-03-25', '2024-03-25/2024-03-26')).toBe(true);
    expect(isWithin('2024-03-26', '2024-03-25/2024-03-26')).toBe(true);
    expect(isWithin('2024-03-27', '2024-03-25/2024-03-26')).toBe(false);
    expect(isWithin('2024-03', '2024-03-25/2024-03-26')).toBe(false);
    expect(isWithin('2024-03-25', '2024-03-25')).toBe(true);
    expect(isWithin('2024-03-25', '2024')).toBe(true);
  });
});
