/**
 * The real timeline, in the index's order (the order every page shows): the issue's two
 * complaints, and a guard that every shared date says how its events are ordered.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/lib/check-content.ts';
import type { Entity } from '../../../src/lib/content/load-entry.ts';
import { PROJECT_ROOT } from '../../helpers/fixture-content.ts';

let events: Entity<'timeline'>[];

beforeAll(async () => {
  const checked = await checkContent({ contentDir: path.join(PROJECT_ROOT, 'content') });
  expect(checked.ok).toBe(true);
  events = [...checked.index.byCollection.timeline];
});

const position = (id: string) => {
  const at = events.findIndex((event) => event.id === id);
  expect(at, id).toBeGreaterThanOrEqual(0);
  return at;
};

describe('the timeline in the index', () => {
  it('lists the bare 2020 before autumn 2020', () => {
    expect(position('us-naval-academy-spear-phishing')).toBeLessThan(position('finnish-parliament-hack'));
  });

  it('puts the UK attribution before every reaction to it on 25 March 2024, and China last', () => {
    const day = events.filter((event) => event.data.date === '2024-03-25').map((event) => event.id);
    expect(day).toHaveLength(10);
    const attribution = day.indexOf('uk-attribution');
    for (const reaction of ['ec-responds-to-attribution', 'chinese-embassy-denial', 'chinese-embassy-full-statement']) {
      expect(day.indexOf(reaction), reaction).toBeGreaterThan(attribution);
    }
    for (const measure of ['uk-designations-announced', 'us-indictment-unsealed', 'ofac-designations-announced']) {
      expect(day.indexOf(measure), measure).toBeGreaterThan(attribution);
    }
    expect(day.slice(-2)).toEqual(['chinese-embassy-denial', 'chinese-embassy-full-statement']);
  });

  it('keeps the events dated 26 March in New Zealand and Australia on 26 March', () => {
    const nz = events.find((event) => event.id === 'nz-attributes-apt40')!;
    expect(nz.data.timeZone).toBe('Pacific/Auckland');
    expect(position('nz-attributes-apt40')).toBeGreaterThan(position('chinese-embassy-full-statement'));
    expect(position('nz-attributes-apt40')).toBeLessThan(position('charge-d-affaires-summoned'));
  });

  it('sets a distinct order on every event of a date that several events share', () => {
    const byDate = new Map<string, Entity<'timeline'>[]>();
    for (const event of events) {
      const key = `${event.data.qualifier ?? ''} ${event.data.date}`;
      byDate.set(key, [...(byDate.get(key) ?? []), event]);
    }
    const problems: string[] = [];
    for (const [date, group] of byDate) {
      if (group.length < 2) continue;
      const orders = group.map((event) => event.data.order);
      if (orders.some((order) => order === undefined) || new Set(orders).size !== orders.length) {
        problems.push(`${date}: ${group.map((event) => `${event.id}=${event.data.order}`).join(', ')}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
