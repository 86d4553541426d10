/**
 * The STIX 2.1 bundle, validated against the official OASIS STIX 2.1 JSON schemas (draft 2020-12)
 * and checked for what the schemas cannot express: references resolve, ids match their types,
 * and the bundle says only what the sources say (the Electoral Commission campaign is not linked
 * to APT31).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/check-content.ts';
import { buildIndex, type ContentIndex } from '../../src/lib/content-index.ts';
import type { Entity } from '../../src/lib/content/load-entry.ts';
import {
  buildStixBundle,
  stixBundleJson,
  stixId,
  type StixBundle,
  type StixObject,
} from '../../src/lib/exports/stix.ts';
import { ATTRIBUTED_CAMPAIGNS } from '../../src/lib/exports/stix/campaigns.ts';
import { CASEFILE_STIX_NAMESPACE, URL_NAMESPACE, uuidV5 } from '../../src/lib/exports/stix/uuid-v5.ts';
import { PROJECT_ROOT } from '../helpers/fixture-content.ts';

const SCHEMA_DIR = path.resolve(PROJECT_ROOT, '..', 'shared', 'stix2-json-schemas', 'schemas');
const OPTIONS = { site: 'https://casefile.example.org/', base: '/' };
const EC_CAMPAIGN = stixId('campaign', 'electoral-commission-compromise-2021-2022');
const RECON_CAMPAIGN = stixId('campaign', 'uk-parliamentarians-reconnaissance-2021');
const APT31 = stixId('intrusion-set', 'apt31');

let index: ContentIndex<Entity>;
let bundle: StixBundle;
beforeAll(async () => {
  ({ index } = await checkContent({ contentDir: path.join(PROJECT_ROOT, 'content'), projectRoot: PROJECT_ROOT }));
  bundle = buildStixBundle(index, OPTIONS);
});

function loadOasisSchemas(): Ajv2020 {
  if (!existsSync(SCHEMA_DIR)) {
    throw new Error(
      `The OASIS STIX 2.1 JSON schemas are missing: expected them in ${SCHEMA_DIR} (../shared/stix2-json-schemas beside the project). Put a copy of oasis-open/cti-stix2-json-schemas there.`,
    );
  }
  // The OASIS patterns use escapes such as `\-` that are legal in ECMA-262 regular expressions but
  // not under the `u` flag ajv adds by default.
  const ajv = new Ajv2020({ strict: false, allErrors: true, unicodeRegExp: false });
  addFormats.default(ajv);
  for (const file of readdirSync(SCHEMA_DIR, { recursive: true, encoding: 'utf8' }).filter((name) =>
    name.endsWith('.json'),
  )) {
    ajv.addSchema(JSON.parse(readFileSync(path.join(SCHEMA_DIR, file), 'utf8')));
  }
  return ajv;
}

const SCHEMA_BASE = 'http://raw.githubusercontent.com/oasis-open/cti-stix2-json-schemas/stix2.1/schemas/';
const schemaIdFor = (type: string) =>
  `${SCHEMA_BASE}${type === 'relationship' || type === 'sighting' ? 'sros' : 'sdos'}/${type}.json`;

function refsOf(object: StixObject): string[] {
  return Object.entries(object).flatMap(([key, value]) =>
    key.endsWith('_ref') ? [value as string] : key.endsWith('_refs') ? (value as string[]) : [],
  );
}

describe('UUIDv5', () => {
  it('matches the RFC namespace examples that Python and others produce', () => {
    // Python: uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org')
    expect(uuidV5('python.org', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('886313e1-3b8a-5372-9b90-0c9aee199e5d');
    expect(uuidV5('https://casefile.example.org/stix/', URL_NAMESPACE)).toBe(CASEFILE_STIX_NAMESPACE);
  });
});

describe('STIX 2.1 bundle', () => {
  it('validates against the OASIS STIX 2.1 schemas, bundle and every object', () => {
    const ajv = loadOasisSchemas();
    const validateBundle = ajv.getSchema(`${SCHEMA_BASE}common/bundle.json`)!;
    expect(validateBundle(bundle), JSON.stringify(validateBundle.errors)).toBe(true);
    for (const object of bundle.objects) {
      const validate = ajv.getSchema(schemaIdFor(object.type));
      expect(validate, object.type).toBeDefined();
      expect(validate!(object), `${object.id}: ${JSON.stringify(validate!.errors)}`).toBe(true);
    }
    // The validators do reject what the specification forbids.
    const campaign = bundle.objects.find((object) => object.type === 'campaign')!;
    expect(ajv.getSchema(schemaIdFor('campaign'))!({ ...campaign, first_seen: '2021-08' })).toBe(false);
    expect(ajv.getSchema(schemaIdFor('campaign'))!({ ...campaign, confidence: 101 })).toBe(false);
    expect(new Set(bundle.objects.map((object) => object.type))).toEqual(
      new Set(['identity', 'intrusion-set', 'threat-actor', 'campaign', 'relationship', 'report']),
    );
  });

  it('resolves every *_ref inside the bundle, and every id has its type as prefix and is unique', () => {
    const ids = bundle.objects.map((object) => object.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const object of bundle.objects) {
      expect(object.id.startsWith(`${object.type}--`), object.id).toBe(true);
      for (const ref of refsOf(object)) expect(ids, `${object.id} → ${ref}`).toContain(ref);
    }
    const report = bundle.objects.find((object) => object.type === 'report')!;
    expect(new Set(report['object_refs'] as string[])).toEqual(new Set(ids.filter((id) => id !== report.id)));
  });

  it('gives APT31 its aliases and ATT&CK id, and an identity to every other actor', () => {
    const apt31 = bundle.objects.find((object) => object.id === APT31)!;
    expect(apt31['aliases']).toEqual(expect.arrayContaining(['Violet Typhoon', 'ZIRCONIUM', 'JUDGMENT PANDA']));
    expect(apt31['external_references']).toContainEqual(
      expect.objectContaining({ source_name: 'mitre-attack', external_id: 'G0128' }),
    );
    for (const actor of index.byCollection.actors) {
      const type = actor.data.kind === 'threat-group' ? 'intrusion-set' : 'identity';
      expect(
        bundle.objects.map((object) => object.id),
        actor.id,
      ).toContain(stixId(type, actor.id));
    }
  });

  it('attributes the two campaigns as the UK did: APT31 only for the reconnaissance, with PHIA confidence', () => {
    const relationships = bundle.objects.filter((object) => object.type === 'relationship');
    const touches = (object: StixObject, a: string, b: string) =>
      (object['source_ref'] === a && object['target_ref'] === b) ||
      (object['source_ref'] === b && object['target_ref'] === a);
    expect(relationships.filter((object) => touches(object, EC_CAMPAIGN, APT31))).toEqual([]);

    const attributedTo = (campaign: string) =>
      relationships.filter(
        (object) => object['relationship_type'] === 'attributed-to' && object['source_ref'] === campaign,
      );
    const [recon] = attributedTo(RECON_CAMPAIGN);
    expect(recon).toMatchObject({ target_ref: APT31, confidence: 95 });
    const [ec, ...more] = attributedTo(EC_CAMPAIGN);
    expect(more).toEqual([]);
    expect(ec).toMatchObject({ confidence: 85 });
    const unnamed = bundle.objects.find((object) => object.id === ec!['target_ref'])!;
    expect(unnamed.type).toBe('threat-actor');
    expect(unnamed['name']).toMatch(/^Unnamed China state-affiliated entity/);
    // The unnamed actor is linked to nothing but its campaign, so no path leads from it to APT31.
    expect(relationships.filter((object) => refsOf(object).includes(unnamed.id))).toEqual([ec]);
    expect(bundle.objects.filter((object) => object.type === 'campaign')).toHaveLength(ATTRIBUTED_CAMPAIGNS.length);
  });

  it('dates campaigns from the timeline and takes modified from the update log, never the clock', () => {
    const ec = bundle.objects.find((object) => object.id === EC_CAMPAIGN)!;
    expect(ec).toMatchObject({ first_seen: '2021-08-01T00:00:00.000Z', last_seen: '2022-10-31T23:59:59.999Z' });
    expect(stixBundleJson(index, OPTIONS)).toBe(stixBundleJson(index, OPTIONS));

    const updated = index.all.map((entity) =>
      entity.id === 'apt31'
        ? ({
            ...entity,
            data: {
              ...entity.data,
              updates: [{ date: '2027-01-15', kind: 'update', summary: 'Added an alias.', sources: [] }],
            },
          } as Entity)
        : entity,
    );
    const later = buildStixBundle(buildIndex(updated), OPTIONS);
    expect(later.objects.find((object) => object.id === APT31)).toMatchObject({
      created: '2026-11-26T00:00:00.000Z',
      modified: '2027-01-15T00:00:00.000Z',
    });
    expect(later.objects.find((object) => object.type === 'report')!['modified']).toBe('2027-01-15T00:00:00.000Z');
  });

  it('keeps hostile text intact and stops with a clear message when an entry of a campaign is missing', () => {
    const hostile = 'He said "</script><!--" \u2028 & left';
    const entities = index.all.map((entity) =>
      entity.id === 'apt31' ? ({ ...entity, data: { ...entity.data, role: hostile } } as Entity) : entity,
    );
    const parsed = JSON.parse(stixBundleJson(buildIndex(entities), OPTIONS)) as StixBundle;
    expect(parsed.objects.find((object) => object.id === APT31)!['description']).toBe(hostile);

    const withoutAttribution = buildIndex(index.all.filter((entity) => entity.id !== 'uk-attribution'));
    expect(() => buildStixBundle(withoutAttribution, OPTIONS)).toThrow(/no timeline with the id "uk-attribution"/);
    // Content that does not tell this story (the test fixtures) has no such campaign.
    const withoutActivity = buildIndex(index.all.filter((entity) => entity.id !== 'ec-access-period'));
    expect(buildStixBundle(withoutActivity, OPTIONS).objects.map((object) => object.id)).not.toContain(EC_CAMPAIGN);
  });
});
