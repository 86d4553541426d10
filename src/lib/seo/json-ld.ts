/**
 * schema.org JSON-LD for each kind of page, and the one safe way to put it in HTML.
 *
 * Page → type: the overview is a `NewsArticle`; an actor page is about a `Person`, `Country`,
 * `GovernmentOrganization`, `Corporation` or `Organization` (with `sameAs` from its external ids);
 * a quote page a `Quotation`; a timeline page an `Event`; other entry pages a `WebPage`; the
 * collection indexes `CollectionPage`s. Corrections in an entry's update log become
 * `CorrectionComment`s on the page (`correction`). Dates come from the content and its update log.
 * https://schema.org/NewsArticle · https://schema.org/CorrectionComment
 */
import type { IndexableEntity } from '../content-index.ts';
import { displayTitle } from '../content-index.ts';
import { entityHref } from '../routes.ts';
import { lastUpdated, latestDate, updatesOf } from '../update-log.ts';
import { absoluteUrl } from './site-url.ts';

export type JsonLd = { readonly [key: string]: unknown };

/**
 * The text of a `<script type="application/ld+json">` element. JSON.stringify alone is not enough:
 * a string containing `</script>` or `<!--` would end or change the element, so every `<`, `>`
 * and `&` is written as a \u escape (still the same JSON string), and so are U+2028 and U+2029,
 * which some JavaScript tooling treats as line ends.
 */
export function jsonLdScriptText(value: JsonLd): string {
  return JSON.stringify(value)
    .replaceAll('<', '\\u003c')
    .replaceAll('>', '\\u003e')
    .replaceAll('&', '\\u0026')
    .replaceAll('\u2028', '\\u2028')
    .replaceAll('\u2029', '\\u2029');
}

export interface JsonLdContext {
  readonly site: string;
  readonly base: string;
  readonly siteName: string;
  /** Pages whose entity's sources should be cited: source id → its URL. */
  readonly sourceUrl: (id: string) => string | undefined;
  /** The entry with this id, for names of speakers and actors. */
  readonly lookup: (id: string) => IndexableEntity | undefined;
}

/** Landing pages of external registers, for `sameAs`. Only registers with stable public URLs. */
const SAME_AS: Partial<Record<string, (value: string) => string>> = {
  'mitre-attack': (value) => `https://attack.mitre.org/groups/${value}/`,
  wikidata: (value) => `https://www.wikidata.org/wiki/${value}`,
};

function website(context: JsonLdContext): JsonLd {
  return { '@type': 'WebSite', name: context.siteName, url: absoluteUrl(context.base, context.site) };
}

function corrections(data: Parameters<typeof updatesOf>[0]): JsonLd[] {
  return updatesOf(data)
    .filter((update) => update.kind === 'correction')
    .map((update) => ({ '@type': 'CorrectionComment', text: update.summary, datePublished: update.date }));
}

function citations(ids: readonly string[], context: JsonLdContext): string[] {
  return [...new Set(ids)].flatMap((id) => {
    const url = context.sourceUrl(id);
    return url ? [url] : [];
  });
}

/** The WebPage an entity is the main entity of: its URL, dates, corrections and sources. */
function webPage(entity: IndexableEntity, published: string, context: JsonLdContext, sources: readonly string[]) {
  const url = absoluteUrl(entityHref(entity.collection, entity.id, context.base), context.site);
  const fixes = corrections(entity.data);
  const cited = citations(sources, context);
  return {
    '@type': 'WebPage',
    '@id': url,
    url,
    name: displayTitle(entity),
    isPartOf: website(context),
    datePublished: published,
    dateModified: latestDate([published, lastUpdated(entity.data)]),
    ...(fixes.length > 0 ? { correction: fixes } : {}),
    ...(cited.length > 0 ? { citation: cited } : {}),
  };
}

function nameOf(id: string, context: JsonLdContext): JsonLd | undefined {
  const entity = context.lookup(id);
  if (entity?.collection !== 'actors') return undefined;
  const actor = entity as IndexableEntity<'actors'>;
  return {
    '@type': actor.data.kind === 'person' ? 'Person' : 'Organization',
    name: actor.data.name,
    url: absoluteUrl(entityHref('actors', id, context.base), context.site),
  };
}

const ACTOR_TYPES: Record<string, string> = {
  person: 'Person',
  state: 'Country',
  'government-body': 'GovernmentOrganization',
  regulator: 'GovernmentOrganization',
  legislature: 'GovernmentOrganization',
  court: 'GovernmentOrganization',
  company: 'Corporation',
};

/** The schema.org type an actor is described as. */
export function actorType(kind: string): string {
  return ACTOR_TYPES[kind] ?? 'Organization';
}

/**
 * JSON-LD for an entity's page.
 * @param published the explainer's publication date: entries are published with it
 */
export function entityJsonLd(entity: IndexableEntity, published: string, context: JsonLdContext): JsonLd {
  const ld = { '@context': 'https://schema.org' };
  switch (entity.collection) {
    case 'story': {
      const data = (entity as IndexableEntity<'story'>).data;
      const url = absoluteUrl(context.base, context.site);
      const fixes = corrections(data);
      return {
        ...ld,
        '@type': 'NewsArticle',
        '@id': url,
        url,
        mainEntityOfPage: url,
        headline: data.headline,
        description: data.standfirst,
        abstract: data.summary,
        datePublished: data.published,
        dateModified: latestDate([data.published, lastUpdated(data)]),
        author: data.authors.map((name) => ({
          '@type': /\b(editors|team|desk|staff)\b/i.test(name) ? 'Organization' : 'Person',
          name,
        })),
        publisher: { '@type': 'Organization', name: 'casefile', url },
        isPartOf: website(context),
        inLanguage: 'en-GB',
        ...(fixes.length > 0 ? { correction: fixes } : {}),
      };
    }
    case 'actors': {
      const data = (entity as IndexableEntity<'actors'>).data;
      const sameAs = data.externalIds.flatMap((external) => {
        const toUrl = SAME_AS[external.scheme];
        return toUrl ? [toUrl(external.value)] : [];
      });
      const identifiers = data.externalIds.map((external) => ({
        '@type': 'PropertyValue',
        propertyID: external.scheme,
        value: external.value,
      }));
      const alternateName = [
        ...data.aliases.map((alias) => alias.name),
        ...(data.nativeName ? [data.nativeName.text] : []),
      ];
      const type = actorType(data.kind);
      return {
        ...ld,
        '@type': type,
        name: data.name,
        description: data.role,
        ...(alternateName.length > 0 ? { alternateName } : {}),
        ...(sameAs.length > 0 ? { sameAs } : {}),
        ...(identifiers.length > 0 ? { identifier: identifiers } : {}),
        ...(type === 'Person' && data.titles.length > 0 ? { jobTitle: data.titles.map((title) => title.title) } : {}),
        mainEntityOfPage: webPage(entity, published, context, data.sources),
      };
    }
    case 'quotes': {
      const data = (entity as IndexableEntity<'quotes'>).data;
      const speaker = nameOf(data.speaker, context);
      return {
        ...ld,
        '@type': 'Quotation',
        text: data.text,
        dateCreated: data.date,
        inLanguage: data.language,
        ...(speaker ? { spokenByCharacter: speaker, creator: speaker } : {}),
        citation: citations(data.sources, context),
        mainEntityOfPage: webPage(entity, published, context, data.sources),
      };
    }
    case 'timeline': {
      const data = (entity as IndexableEntity<'timeline'>).data;
      const [start, end] = data.date.split('/');
      const actors = data.actors.flatMap((id) => {
        const actor = nameOf(id, context);
        return actor ? [actor] : [];
      });
      return {
        ...ld,
        '@type': 'Event',
        name: data.title,
        startDate: start,
        ...(end ? { endDate: end } : {}),
        eventStatus: 'https://schema.org/EventScheduled',
        ...(actors.length > 0 ? { about: actors } : {}),
        mainEntityOfPage: webPage(entity, published, context, data.sources),
      };
    }
    case 'sources': {
      const data = (entity as IndexableEntity<'sources'>).data;
      return {
        ...ld,
        ...webPage(entity, published, context, []),
        mainEntity: {
          '@type': 'CreativeWork',
          name: data.title,
          url: data.url,
          publisher: { '@type': 'Organization', name: data.publisher },
          ...(data.published ? { datePublished: data.published } : {}),
          inLanguage: data.language,
        },
      };
    }
    case 'sanctions': {
      const data = (entity as IndexableEntity<'sanctions'>).data;
      return { ...ld, ...webPage(entity, published, context, data.sources) };
    }
  }
}

/** JSON-LD for a collection's index page. */
export function collectionJsonLd(name: string, path: string, count: number, context: JsonLdContext): JsonLd {
  const url = absoluteUrl(path, context.site);
  return {
    '@context': 'https://schema.org',
    '@type': 'CollectionPage',
    '@id': url,
    url,
    name,
    numberOfItems: count,
    isPartOf: website(context),
  };
}

/** JSON-LD for any other page (search, about, filtered lists). */
export function pageJsonLd(title: string, description: string, url: string, context: JsonLdContext): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebPage',
    '@id': url,
    url,
    name: title,
    description,
    isPartOf: website(context),
  };
}
