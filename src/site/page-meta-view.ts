/**
 * The page-entries map (src/lib/seo/page-entries.ts) for this build: made once from the site
 * model, then looked up by path for every page's <head>.
 */
import { buildPageEntries, type PageEntries } from '../lib/seo/page-entries.ts';
import { shareCards, type DescribeCard, type ShareCard } from '../lib/seo/share-cards.ts';
import { ACTOR_KIND_LABELS, MEASURE_KIND_LABELS } from './labels.ts';
import { COLLECTION_LABELS } from './view-helpers.ts';
import { getSiteModel, type SiteModel } from './site-model.ts';

/** Cards say what kind of actor or measure a page is about, and give its one-line summary. */
const describeCard: DescribeCard = (entity) => {
  if (entity.collection === 'actors') {
    return { kind: ACTOR_KIND_LABELS[entity.data.kind].singular, detail: entity.data.role };
  }
  if (entity.collection === 'sanctions') {
    return { kind: MEASURE_KIND_LABELS[entity.data.kind], detail: entity.data.statedReason };
  }
  return {};
};

const built = new WeakMap<SiteModel, PageEntries>();

export async function pageEntries(site: URL | undefined): Promise<PageEntries> {
  const model = await getSiteModel();
  let entries = built.get(model);
  if (!entries) {
    if (!site) throw new Error('astro.config.mjs must set `site` (CASEFILE_SITE) for canonical URLs');
    entries = buildPageEntries(model.index, {
      site: site.href,
      base: import.meta.env.BASE_URL,
      labels: COLLECTION_LABELS,
      describe: describeCard,
    });
    built.set(model, entries);
  }
  return entries;
}

/** The share cards to render (they do not depend on the site URL). */
export async function siteShareCards(): Promise<ShareCard[]> {
  const model = await getSiteModel();
  return shareCards(model.index, COLLECTION_LABELS, import.meta.env.BASE_URL, describeCard);
}
