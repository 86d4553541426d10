/** The status line with its as-of date, and the link from a designation to its grid row. */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/lib/check-content.ts';
import { buildIndex } from '../../../src/lib/content-index.ts';
import type { SiteEntity, SiteModel } from '../../../src/site/site-model.ts';
import { gridLinkFor, gridView, statusText, statusView } from '../../../src/site/sanction-view.ts';
import { PROJECT_ROOT } from '../../helpers/fixture-content.ts';

let model: SiteModel;

beforeAll(async () => {
  const checked = await checkContent({ contentDir: path.join(PROJECT_ROOT, 'content'), projectRoot: PROJECT_ROOT });
  const entities = checked.index.all.map((entity) => ({ ...entity, citations: entity.facts.citations, html: '' }));
  const index = buildIndex(entities as unknown as SiteEntity[]);
  model = { index, story: index.byCollection.story[0]! };
});

const measure = (id: string) => (model.index.byId.get(id) as SiteEntity<'sanctions'>).data;

describe('statusView', () => {
  it('says as of when for a pending status, and not re-checked since for an unknown one', () => {
    expect(statusText(statusView(model, measure('us-indictment-apt31'), '/'))).toBe('Pending, as of 25 March 2024');
    const unknown = statusView(model, measure('uk-designation-ni-gaobin'), '/');
    expect(statusText(unknown)).toBe('Unknown, not re-checked since 25 March 2024');
    expect(unknown.sources.map((source) => source.href)).toEqual(['/sources/ofsi-notice-copy/', '/sources/iom/']);
  });

  it('gives a completed status without a date when the content has none', () => {
    expect(statusText(statusView(model, measure('ico-reprimand-electoral-commission'), '/'))).toBe('Completed');
  });
});

describe('gridView and gridLinkFor', () => {
  it('accents the UK and US columns with their theme tokens', () => {
    expect(gridView(model, '/').columns).toEqual([
      { id: 'united-kingdom', label: 'United Kingdom', accent: 'uk' },
      { id: 'united-states', label: 'United States', accent: 'us' },
    ]);
  });

  it('links a designation to its row, naming the other jurisdiction; other measures get none', () => {
    expect(gridLinkFor(model, 'us-designation-zhao-guangzong', '/')).toEqual({
      href: '/sanctions/#grid-zhao-guangzong',
      label: 'Compare side by side with the United Kingdom designation',
    });
    expect(gridLinkFor(model, 'us-indictment-apt31', '/')).toBeUndefined();
  });
});
