/**
 * The STIX 2.1 bundle `/data/casefile.stix.json`, built from the content index.
 *
 * - APT31 (and any other threat group) → `intrusion-set`, with its aliases and ATT&CK id.
 * - Every other actor → `identity` (people are individuals, everything else an organization).
 * - The two campaigns the UK attributed → `campaign`, with `attributed-to` (carrying the UK's
 *   words as `confidence`, see stix/confidence.ts) and `targets` relationships. Which content
 *   makes up each campaign, and why the Electoral Commission campaign is attributed to an unnamed
 *   actor rather than to APT31, is in stix/campaigns.ts.
 * - The explainer → `report`, referring to every object.
 * - Each object's sources → `external_references`, plus a link to its page on the site.
 *
 * Ids are UUIDv5 of our ids (stix/uuid-v5.ts). `created` is the explainer's publication date;
 * `modified` is the latest update-log date of the entries an object comes from. No clock is read,
 * so the same content always gives the same bytes.
 * https://docs.oasis-open.org/cti/stix/v2.1/stix-v2.1.html
 */
import type { ContentIndex, IndexableEntity } from '../content-index.ts';
import { formatPartialDate } from '../partial-date.ts';
import { entityHref } from '../routes.ts';
import { absoluteUrl } from '../seo/site-url.ts';
import { lastUpdated, latestDate } from '../update-log.ts';
import { ATTRIBUTED_CAMPAIGNS, type CampaignSpec } from './stix/campaigns.ts';
import { PHIA_CONFIDENCE, stixConfidence } from './stix/confidence.ts';
import { endTimestamp, startTimestamp } from './stix/timestamps.ts';
import { CASEFILE_STIX_NAMESPACE, uuidV5 } from './stix/uuid-v5.ts';

export interface ExternalReference {
  readonly source_name: string;
  readonly description?: string;
  readonly url?: string;
  readonly external_id?: string;
}

/** A STIX domain or relationship object as we emit it. */
export interface StixObject {
  readonly type: string;
  readonly spec_version: '2.1';
  readonly id: string;
  readonly created: string;
  readonly modified: string;
  readonly [property: string]: unknown;
}

export interface StixBundle {
  readonly type: 'bundle';
  readonly id: string;
  readonly objects: readonly StixObject[];
}

export interface StixOptions {
  /** The site's public address (src/lib/seo/site-url.ts). */
  readonly site: string;
  /** The base path pages are served under ("/" or "/casefile/"). */
  readonly base: string;
}

/** `<type>--<uuid>` for one of our keys. The type is part of the name, so keys may repeat across types. */
export function stixId(type: string, key: string): string {
  return `${type}--${uuidV5(`${type}:${key}`, CASEFILE_STIX_NAMESPACE)}`;
}

const CREATOR_ID = stixId('identity', 'casefile');
const PHIA_SCALE_NOTE = Object.entries(PHIA_CONFIDENCE)
  .map(([phrase, value]) => `"${phrase}" ${value}`)
  .join(', ');

type Entity = IndexableEntity;

export function buildStixBundle<E extends Entity>(index: ContentIndex<E>, options: StixOptions): StixBundle {
  const story = index.byCollection.story[0];
  if (!story) throw new Error('STIX: the content has no story entry');
  const storyData = (story as IndexableEntity<'story'>).data;
  const created = startTimestamp(storyData.published);

  const entity = (id: string, collection?: Entity['collection']): E => {
    const found = index.byId.get(id);
    if (!found || (collection && found.collection !== collection)) {
      throw new Error(`STIX: no ${collection ?? 'entry'} with the id "${id}" (see src/lib/exports/stix/campaigns.ts)`);
    }
    return found;
  };
  /** `modified` for an object made from these entries: their latest update, never before `created`. */
  const modifiedFrom = (entries: readonly Entity[]): string =>
    startTimestamp(latestDate([storyData.published, ...entries.map((entry) => lastUpdated(entry.data))])!);
  const pageUrl = (entry: Entity) => absoluteUrl(entityHref(entry.collection, entry.id, options.base), options.site);

  const sourceReferences = (ids: readonly string[]): ExternalReference[] =>
    [...new Set(ids)].map((id) => {
      const source = entity(id, 'sources') as IndexableEntity<'sources'>;
      const { publisher, title, url, medium } = source.data;
      // A wire or print copy has no address: say how it was read instead.
      return url === undefined
        ? { source_name: publisher, description: `${title} (${medium} copy)` }
        : { source_name: publisher, description: title, url };
    });
  const siteReference = (entry: Entity): ExternalReference => ({
    source_name: 'casefile',
    description: 'This entry on the casefile site',
    url: pageUrl(entry),
  });
  const common = (type: string, key: string, entries: readonly Entity[]) => ({
    type,
    spec_version: '2.1' as const,
    id: stixId(type, key),
    created_by_ref: CREATOR_ID,
    created,
    modified: modifiedFrom(entries),
  });

  const creator: StixObject = {
    type: 'identity',
    spec_version: '2.1',
    id: CREATOR_ID,
    created,
    modified: created,
    name: 'casefile',
    identity_class: 'organization',
    description: `Publisher of the explainer "${storyData.headline}", written by ${storyData.authors.join(', ')}.`,
  };

  // Actors: one object each, keyed by actor id so relationships can find them.
  const actorObjects = new Map<string, StixObject>();
  for (const actor of index.byCollection.actors as readonly IndexableEntity<'actors'>[]) {
    const data = actor.data;
    const external_references = [
      siteReference(actor),
      ...data.externalIds
        .filter((external) => external.scheme === 'mitre-attack')
        .map((external) => ({
          source_name: 'mitre-attack',
          external_id: external.value,
          url: `https://attack.mitre.org/groups/${external.value}/`,
        })),
      ...sourceReferences(data.sources),
    ];
    const object: StixObject =
      data.kind === 'threat-group'
        ? {
            ...common('intrusion-set', actor.id, [actor]),
            name: data.name,
            description: data.role,
            ...(data.aliases.length > 0 ? { aliases: data.aliases.map((alias) => alias.name) } : {}),
            external_references,
          }
        : {
            ...common('identity', actor.id, [actor]),
            name: data.name,
            description: data.role,
            identity_class: data.kind === 'person' ? 'individual' : 'organization',
            ...(data.kind === 'person' && data.titles.length > 0
              ? { roles: [...new Set(data.titles.map((title) => title.title))] }
              : {}),
            external_references,
          };
    actorObjects.set(actor.id, object);
  }

  const extraObjects: StixObject[] = [];
  const relationships: StixObject[] = [];
  const campaigns: StixObject[] = [];
  for (const spec of ATTRIBUTED_CAMPAIGNS) {
    // Other content (the test fixtures) may not tell this story at all.
    if (!index.byId.has(spec.activity)) continue;
    campaigns.push(
      ...buildCampaign(spec, { entity, common, sourceReferences, actorObjects, extraObjects, relationships }),
    );
  }

  const objects: StixObject[] = [creator, ...actorObjects.values(), ...extraObjects, ...campaigns, ...relationships];
  const report: StixObject = {
    ...common('report', story.id, index.all),
    name: storyData.headline,
    description: storyData.summary,
    report_types: ['campaign', 'intrusion-set', 'threat-actor', 'identity'],
    published: created,
    object_refs: objects.map((object) => object.id),
    external_references: [
      siteReference(story),
      ...sourceReferences(storyData.keyPoints.flatMap((point) => point.sources)),
    ],
  };
  return { type: 'bundle', id: stixId('bundle', story.id), objects: [...objects, report] };
}

interface CampaignContext<E extends Entity> {
  entity(id: string, collection?: Entity['collection']): E;
  common(
    type: string,
    key: string,
    entries: readonly Entity[],
  ): Pick<StixObject, 'type' | 'spec_version' | 'id' | 'created' | 'modified'> & { created_by_ref: string };
  sourceReferences(ids: readonly string[]): ExternalReference[];
  actorObjects: ReadonlyMap<string, StixObject>;
  extraObjects: StixObject[];
  relationships: StixObject[];
}

function buildCampaign<E extends Entity>(spec: CampaignSpec, context: CampaignContext<E>): StixObject[] {
  const { entity, common, sourceReferences, actorObjects } = context;
  const activity = entity(spec.activity, 'timeline') as IndexableEntity<'timeline'>;
  const attribution = entity(spec.attribution, 'timeline') as IndexableEntity<'timeline'>;
  const assessor = entity(spec.assessedBy, 'actors') as IndexableEntity<'actors'>;
  const entries: Entity[] = [activity, attribution];
  const external_references = sourceReferences(spec.sources);
  const actorObject = (id: string): StixObject => {
    entity(id, 'actors');
    const object = actorObjects.get(id);
    if (!object) throw new Error(`STIX: actor "${id}" has no object`);
    return object;
  };

  const campaign: StixObject = {
    ...common('campaign', spec.key, entries),
    name: spec.name,
    description: spec.description,
    first_seen: startTimestamp(activity.data.date),
    last_seen: endTimestamp(activity.data.date),
    external_references,
  };

  let attributedTo: StixObject;
  if (spec.attributedTo.kind === 'actor') {
    attributedTo = actorObject(spec.attributedTo.actor);
  } else {
    attributedTo = {
      ...common('threat-actor', spec.attributedTo.key, entries),
      name: spec.attributedTo.name,
      description: spec.attributedTo.description,
      threat_actor_types: ['nation-state'],
      external_references,
    };
    context.extraObjects.push(attributedTo);
  }
  context.relationships.push({
    ...common('relationship', `${spec.key}:attributed-to:${attributedTo.id}`, entries),
    relationship_type: 'attributed-to',
    source_ref: campaign.id,
    target_ref: attributedTo.id,
    confidence: stixConfidence(spec.assessment),
    description: `${assessor.data.name} judged it "${spec.assessment}"; the UK government announced the attribution on ${formatPartialDate(attribution.data.date)}. Confidence ${stixConfidence(spec.assessment)} carries that phrase of the PHIA probability yardstick on the STIX 0–100 scale, using the STIX 2.1 confidence appendix's values: ${PHIA_SCALE_NOTE}.`,
    external_references: sourceReferences([...attribution.data.sources, ...spec.sources]),
  });

  for (const target of spec.targets) {
    let targetObject: StixObject;
    if (target.kind === 'actor') {
      targetObject = actorObject(target.actor);
    } else {
      targetObject = {
        ...common('identity', target.key, entries),
        name: target.name,
        description: target.description,
        identity_class: 'class',
        external_references,
      };
      context.extraObjects.push(targetObject);
    }
    context.relationships.push({
      ...common('relationship', `${spec.key}:targets:${targetObject.id}`, entries),
      relationship_type: 'targets',
      source_ref: campaign.id,
      target_ref: targetObject.id,
      external_references: sourceReferences(activity.data.sources),
    });
  }
  return [campaign];
}

/** A bundle as published: two-space JSON with a final newline. */
export function stixJson(bundle: StixBundle): string {
  return `${JSON.stringify(bundle, null, 2)}\n`;
}

/** The bundle of this content, as published. */
export function stixBundleJson<E extends Entity>(index: ContentIndex<E>, options: StixOptions): string {
  return stixJson(buildStixBundle(index, options));
}
