/**
 * The panels as the real story derives them, pinned to the fact sheet: the pitfalls the home page
 * exists to get right (who is blamed for what, the same three targets, seven charged, the
 * chargé d'affaires summoned on 26 March and not the later summons of the ambassador).
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/lib/check-content.ts';
import { campaignsOf } from '../../../src/lib/story/campaigns.ts';
import { responsesOf } from '../../../src/lib/story/china-response.ts';
import { keyDatesOf } from '../../../src/lib/story/key-dates.ts';
import { measuresTaken } from '../../../src/lib/story/measures-taken.ts';
import type { StoryData } from '../../../src/schemas/story.ts';
import { PROJECT_ROOT } from '../../helpers/fixture-content.ts';

let index: Awaited<ReturnType<typeof checkContent>>['index'];
let story: StoryData;

beforeAll(async () => {
  ({ index } = await checkContent({ contentDir: path.join(PROJECT_ROOT, 'content'), projectRoot: PROJECT_ROOT }));
  story = index.byCollection.story[0]!.data;
});

describe('the real story panels', () => {
  it('blames no named group for the Electoral Commission and APT31 for the reconnaissance', () => {
    const campaigns = campaignsOf(index, story);
    const byEvent = new Map(campaigns.map((campaign) => [campaign.event.id, campaign]));
    expect(byEvent.get('ec-access-period')?.blamed).toBeUndefined();
    expect(byEvent.get('ec-access-period')?.confidence).toBe('highly likely');
    expect(byEvent.get('uk-parliamentarians-reconnaissance')?.blamed?.id).toBe('apt31');
    expect(byEvent.get('uk-parliamentarians-reconnaissance')?.confidence).toBe('almost certain');
    for (const campaign of campaigns) expect(campaign.assessedBy.id).toBe('uk-ncsc');
  });

  it('shows the same three targets designated by the UK and the US, seven charged, one reward, one summons', () => {
    const taken = measuresTaken(index, story);
    expect(taken.designations.authorities.map((a) => a.id)).toEqual(['uk-fcdo', 'us-treasury-ofac']);
    expect(taken.designations.rows.map((row) => row.target.id)).toEqual(['wuhan-xrz', 'ni-gaobin', 'zhao-guangzong']);
    expect(taken.designations.sameTargets).toBe(true);
    expect(taken.indictments.map((m) => m.data.targets.length)).toEqual([7]);
    expect(taken.rewards.map((m) => [m.data.authority, m.data.reward?.amount])).toEqual([
      ['us-state-dept', 10_000_000],
    ]);
    expect(taken.summonses.map((m) => [m.id, m.data.announced])).toEqual([
      ['uk-summons-chinese-charge-d-affaires', '2024-03-26'],
    ]);
  });

  it("gives China's response from the embassy and the foreign ministry, each with its event", () => {
    const responses = responsesOf(index, story);
    expect(responses.map((r) => [r.speaker.id, r.event?.id])).toEqual([
      ['chinese-embassy-uk', 'chinese-embassy-denial'],
      ['lin-jian', 'mfa-lin-jian-briefing'],
    ]);
  });

  it('has 6 to 10 key dates, including first access, detection, disclosure and attribution, in that order', () => {
    const dates = keyDatesOf(index, story);
    expect(dates.length).toBeGreaterThanOrEqual(6);
    expect(dates.length).toBeLessThanOrEqual(10);
    const meanings = dates.map((event) => event.data.dateMeaning);
    const order = ['ec-first-access', 'ec-detects-attack', 'ec-discloses-attack', 'uk-attribution'].map((id) =>
      dates.findIndex((event) => event.id === id),
    );
    expect(order.every((position, i) => position >= 0 && (i === 0 || position > order[i - 1]!))).toBe(true);
    expect(meanings).toContain('detected');
  });
});
