/**
 * The home page's props from the real content: the words a reader sees in the panel, derived
 * rather than typed (the NCSC's assessment, announced by the UK government; the same three
 * targets; seven people charged; up to $10 million; the role of the spokesperson on the day).
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/lib/check-content.ts';
import { buildIndex } from '../../../src/lib/content-index.ts';
import { homeView, type HomeView } from '../../../src/site/home-view.ts';
import type { SiteEntity, SiteModel } from '../../../src/site/site-model.ts';
import { PROJECT_ROOT } from '../../helpers/fixture-content.ts';

const BODY =
  '<h2 id="what-the-uk-announced">What the UK announced</h2><p>…</p><h2 id="the-electoral-commission-breach">The Electoral Commission breach</h2>';

let view: HomeView;

beforeAll(async () => {
  const { index } = await checkContent({ contentDir: path.join(PROJECT_ROOT, 'content'), projectRoot: PROJECT_ROOT });
  // The checker's entities plus what the loader adds: a rendered body (only the story's matters here).
  const entities = index.all.map(
    (entity) =>
      ({ ...entity, html: entity.collection === 'story' ? BODY : '', citations: [] }) as unknown as SiteEntity,
  );
  const siteIndex = buildIndex(entities);
  const model: SiteModel = { index: siteIndex, story: siteIndex.byCollection.story[0]! };
  view = homeView(model, '/');
});

describe('homeView on the real content', () => {
  it("says whose words the confidence is, and links the campaign's period to its event", () => {
    const [ec, recon] = view.campaigns;
    expect(ec).toMatchObject({
      confidence: 'highly likely',
      blamed: undefined,
      assessedBy: { label: 'NCSC', href: '/actors/uk-ncsc/' },
      announcedBy: { label: 'UK government', href: '/actors/united-kingdom/' },
      period: { date: '2021-08/2022-10' },
      event: { href: '/timeline/ec-access-period/' },
      announced: { date: '2024-03-25' },
    });
    expect(recon).toMatchObject({ confidence: 'almost certain', blamed: { label: 'APT31', href: '/actors/apt31/' } });
  });

  it('lays out the designations as the same three targets under UK and US, each cell linking to its measure', () => {
    expect(view.designations?.columns.map((column) => column.label)).toEqual(['UK', 'US']);
    expect(view.designations?.sameTargets).toBe(true);
    expect(view.designations?.targetCount).toBe('three');
    expect(view.designations?.rows[0]?.cells.map((cell) => cell?.href)).toEqual([
      '/sanctions/uk-designation-wuhan-xrz/',
      '/sanctions/us-designation-wuhan-xrz/',
    ]);
  });

  it('derives the facts of the indictment, the reward and the summons from their measures', () => {
    const byKind = new Map(view.otherMeasures.map((item) => [item.kind, item]));
    expect([...byKind.keys()]).toEqual(['Indictment', 'Reward offer', 'Diplomatic summons']);
    expect(byKind.get('Indictment')?.facts).toMatch(
      /^Seven people charged in the US District Court for the Eastern District of New York\. Charges: 18 U\.S\.C\. § 371, /,
    );
    expect(byKind.get('Reward offer')?.facts).toBe(
      'Up to $10 million for information, offered by the US Department of State.',
    );
    expect(byKind.get('Diplomatic summons')?.link.label).toMatch(/chargé d'affaires/);
    expect(byKind.get('Diplomatic summons')?.date).toEqual({ date: '2024-03-26' });
  });

  it("gives the spokesperson's role on the day and the body a spokesperson spoke for", () => {
    const [embassy, ministry] = view.responses;
    expect(embassy?.speakerLead).toBe('Spokesperson for');
    expect(embassy?.speaker.href).toBe('/actors/chinese-embassy-uk/');
    expect(ministry?.role).toBe("Spokesperson, Ministry of Foreign Affairs of the People's Republic of China");
  });

  it('lists the panels, then the body sections with the ids the pipeline gave them', () => {
    expect(view.toc.map((link) => link.href)).toEqual([
      '#at-a-glance',
      '#key-dates',
      '#key-points',
      '#state-of-knowledge',
      '#what-the-uk-announced',
      '#the-electoral-commission-breach',
    ]);
  });

  it('has a legend entry for every status and groups the claims in that order', () => {
    expect(view.statusWords.map((word) => word.label)).toEqual(['Confirmed', 'Alleged', 'Denied', 'Unknown']);
    expect(view.statusGroups.map((group) => group.status)).toEqual(['confirmed', 'alleged', 'denied', 'unknown']);
    expect(view.aboutStatusHref).toBe('/about/#status-words');
  });
});
