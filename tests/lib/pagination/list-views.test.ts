/**
 * The list pages at scale (issue 12): above sizes the real story never reaches, lists split into
 * pages and the filter bars stop listing every actor; the real story's lists stay on one page.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSyntheticContent } from '../../../src/cli/bench/write-content.ts';
import { checkContent } from '../../../src/lib/check-content.ts';
import { buildIndex } from '../../../src/lib/content-index.ts';
import { LIST_PAGE_SIZES } from '../../../src/lib/pagination/list-pages.ts';
import { actorIndexPages } from '../../../src/site/actor-view.ts';
import { graphViewOf } from '../../../src/site/graph-view.ts';
import { quotePages } from '../../../src/site/quote-view.ts';
import { GRID_LIMITS, gridView, measurePages } from '../../../src/site/sanction-view.ts';
import type { SiteEntity, SiteModel } from '../../../src/site/site-model.ts';
import { bibliographyPages } from '../../../src/site/source-view.ts';
import { ACTOR_FILTER_LIMIT, timelineView } from '../../../src/site/timeline-view.ts';
import { PROJECT_ROOT } from '../../helpers/fixture-content.ts';

async function modelOf(contentDir: string, projectRoot: string): Promise<SiteModel> {
  const checked = await checkContent({ contentDir, projectRoot });
  const entities = checked.index.all.map((entity) => ({ ...entity, citations: entity.facts.citations, html: '' }));
  const index = buildIndex(entities as unknown as SiteEntity[]);
  return { index, story: index.byCollection.story[0]! };
}

const scratch = mkdtempSync(path.join(os.tmpdir(), 'casefile-lists-'));
let real: SiteModel;
let large: SiteModel;

beforeAll(async () => {
  real = await modelOf(path.join(PROJECT_ROOT, 'content'), PROJECT_ROOT);
  // 2,500 entries: 949 sources, 700 actors, 125 measures, 375 events.
  await writeSyntheticContent(path.join(scratch, 'content'), { n: 2500 });
  large = await modelOf(path.join(scratch, 'content'), scratch);
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the real story', () => {
  it('keeps every list on one page, with no page navigation', async () => {
    const firsts = [
      bibliographyPages(real, '/'),
      measurePages(real, '/'),
      actorIndexPages(real, '/'),
      quotePages(real, '/'),
      timelineView(real, '/').pages,
      (await graphViewOf(real, '/')).pages,
    ];
    expect(firsts.map((pages) => pages.length)).toEqual([1, 1, 1, 1, 1, 1]);
    expect(firsts.map((pages) => pages[0]!.pager)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('keeps a filter chip and page for every actor on the timeline, and draws the whole graph', async () => {
    const view = timelineView(real, '/');
    const involved = new Set(real.index.byCollection.timeline.flatMap((event) => event.data.actors));
    expect(view.actorPages.length).toBe(involved.size);
    expect((await graphViewOf(real, '/')).full).toBeDefined();
  });
});

describe('a case file of 2,500 entries', () => {
  it('splits the bibliography into pages of at most the page size, every source once, in order', () => {
    const pages = bibliographyPages(large, '/');
    const ids = pages.flatMap((page) =>
      page.groups.flatMap((g) => g.kinds.flatMap((k) => k.items.map((i) => i.facts.id))),
    );
    const whole = bibliographyPages(real, '/');
    expect(whole).toHaveLength(1);
    expect(pages).toHaveLength(Math.ceil(large.index.byCollection.sources.length / LIST_PAGE_SIZES.sources));
    expect(new Set(ids).size).toBe(large.index.byCollection.sources.length);
    expect(pages[1]!.pager?.links[1]).toEqual({ number: 2, href: '/sources/page/2/', current: true });
  });

  it('splits the actors and the measures, keeping each page within its size', () => {
    const actors = actorIndexPages(large, '/');
    expect(actors).toHaveLength(2);
    expect(actors.map((page) => page.groups.reduce((sum, g) => sum + g.items.length, 0))).toEqual([500, 200]);
    const measures = measurePages(large, '/');
    const sizes = measures.map((page) => page.groups.flatMap((g) => g.items).length + page.guidance.length);
    expect(measures.length).toBeGreaterThan(1);
    expect(sizes.slice(0, -1).every((size) => size === LIST_PAGE_SIZES.sanctions)).toBe(true);
  });

  it('keeps the comparison grid to its limits and lists the designations left out with the others', () => {
    const grid = gridView(large, '/');
    expect(grid.columns.length).toBeLessThanOrEqual(GRID_LIMITS.columns);
    expect(grid.rows.length).toBeLessThanOrEqual(GRID_LIMITS.rows);
    const inGrid = grid.rows.flatMap((row) => row.cells.flat().map((cell) => cell.measure.href));
    const listed = measurePages(large, '/').flatMap((page) => [
      ...page.groups.flatMap((g) => g.items.map((item) => item.link.href)),
      ...page.guidance.map((item) => item.link.href),
    ]);
    expect(new Set([...inGrid, ...listed]).size).toBe(large.index.byCollection.sanctions.length);
  });

  it('offers filter chips and pages for the most involved actors only', () => {
    const view = timelineView(large, '/');
    expect(view.actorPages).toHaveLength(ACTOR_FILTER_LIMIT);
    expect(view.actorLinks.length + view.moreActorLinks.length).toBe(ACTOR_FILTER_LIMIT);
  });
});
