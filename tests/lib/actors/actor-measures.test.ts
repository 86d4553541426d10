/**
 * Measures against an actor and against the actors affiliated with it, on the real content (APT31
 * and its members and front company) and on a small index built in memory.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildAffiliationGraph } from '../../../src/lib/actors/affiliation-graph.ts';
import { buildActorMeasures, measuresOf, type ActorMeasures } from '../../../src/lib/actors/actor-measures.ts';
import { groupActorBacklinks } from '../../../src/lib/actors/backlink-groups.ts';
import { checkContent } from '../../../src/lib/check-content.ts';
import { buildIndex, type ContentIndex, type IndexableEntity } from '../../../src/lib/content-index.ts';
import { actorSchema } from '../../../src/schemas/actor.ts';
import { sanctionSchema } from '../../../src/schemas/sanction.ts';
import { PROJECT_ROOT } from '../../helpers/fixture-content.ts';

let index: ContentIndex<IndexableEntity>;
let apt31: ActorMeasures;

beforeAll(async () => {
  const checked = await checkContent({ contentDir: path.join(PROJECT_ROOT, 'content') });
  expect(checked.ok).toBe(true);
  index = checked.index;
  apt31 = measuresOf(buildActorMeasures(index, buildAffiliationGraph(index)), 'apt31');
});

describe('APT31 on the real content', () => {
  it('gets the six UK and US designations of its members and its front company, each with its relation', () => {
    const designations = apt31.affiliated.filter(({ measure }) => measure.data.kind === 'designation');
    const rows = designations.map(({ measure, via }) => [
      measure.id,
      via.map(({ target, link }) => `${target} ${link.relation} (${link.direction})`),
    ]);
    expect(rows).toEqual(
      expect.arrayContaining([
        ['uk-designation-zhao-guangzong', ['zhao-guangzong member-of (incoming)']],
        ['us-designation-zhao-guangzong', ['zhao-guangzong member-of (incoming)']],
        ['uk-designation-ni-gaobin', ['ni-gaobin member-of (incoming)']],
        ['us-designation-ni-gaobin', ['ni-gaobin member-of (incoming)']],
        ['uk-designation-wuhan-xrz', ['wuhan-xrz front-for (incoming)']],
        ['us-designation-wuhan-xrz', ['wuhan-xrz front-for (incoming)']],
      ]),
    );
    expect(designations).toHaveLength(6);
  });

  it('lists the indictment once, through all seven members it charges', () => {
    const indictment = apt31.affiliated.find(({ measure }) => measure.id === 'us-indictment-apt31');
    expect(indictment?.via.map(({ target }) => target).sort()).toEqual([
      'cheng-feng',
      'ni-gaobin',
      'peng-yaowen',
      'sun-xiaohui',
      'weng-ming',
      'xiong-wang',
      'zhao-guangzong',
    ]);
  });

  it('puts every listed measure in one group only', () => {
    const groups = groupActorBacklinks(index.backlinks.get('apt31') ?? [], apt31);
    const ids = groups.flatMap((group) => group.items.map((item) => item.entity.id));
    expect(new Set(ids).size).toBe(ids.length);
    const affiliated = groups.find((group) => group.kind === 'measures-affiliated');
    expect(affiliated?.items.map((item) => item.entity.id)).toContain('uk-designation-zhao-guangzong');
    // The indictment's body mentions APT31, but it is listed with the measures, not as a mention.
    expect(groups.find((group) => group.kind === 'mentions')?.items.map((item) => item.entity.id) ?? []).not.toContain(
      'us-indictment-apt31',
    );
  });

  it('gives Zhao Guangzong his own measures and, through Wuhan XRZ, the company’s', () => {
    const zhao = measuresOf(buildActorMeasures(index, buildAffiliationGraph(index)), 'zhao-guangzong');
    expect(zhao.against.map((measure) => measure.id)).toEqual(
      expect.arrayContaining(['uk-designation-zhao-guangzong', 'us-designation-zhao-guangzong', 'us-indictment-apt31']),
    );
    const viaCompany = zhao.affiliated.filter(({ via }) => via.some(({ target }) => target === 'wuhan-xrz'));
    expect(viaCompany.map(({ measure }) => measure.id).sort()).toEqual([
      'uk-designation-wuhan-xrz',
      'us-designation-wuhan-xrz',
    ]);
    expect(viaCompany[0]?.via[0]?.link).toMatchObject({ relation: 'contractor-for', direction: 'outgoing' });
  });
});

describe('a small index built in memory', () => {
  function actor(id: string, affiliations: { actor: string; relation: 'member-of' }[] = []): IndexableEntity {
    const data = actorSchema.parse({ name: id, kind: 'person', role: 'A test actor.', sources: ['s'], affiliations });
    return { collection: 'actors', id, data, references: [] };
  }
  function designation(id: string, targets: string[]): IndexableEntity {
    const data = sanctionSchema.parse({
      title: id,
      kind: 'designation',
      authority: 'gov',
      targets,
      announced: '2024-03-25',
      status: 'in-force',
      sources: ['s'],
    });
    return {
      collection: 'sanctions',
      id,
      data,
      references: targets.map((target) => ({ id: target, via: 'field', field: 'targets' })),
    };
  }

  const small = buildIndex([
    actor('loner'),
    actor('group'),
    actor('member', [{ actor: 'group', relation: 'member-of' }]),
    designation('against-loner', ['loner']),
    designation('against-member', ['member']),
    designation('against-both', ['member', 'group']),
    designation('against-group', ['group']),
  ]);
  const measures = buildActorMeasures(small, buildAffiliationGraph(small));

  it('gives an actor with no affiliations only its own measures', () => {
    const loner = measuresOf(measures, 'loner');
    expect(loner.against.map((m) => m.id)).toEqual(['against-loner']);
    expect(loner.affiliated).toEqual([]);
  });

  it('lists a measure that targets the actor itself only as its own', () => {
    const group = measuresOf(measures, 'group');
    expect(group.against.map((m) => m.id)).toEqual(['against-both', 'against-group']);
    expect(group.affiliated.map(({ measure }) => measure.id)).toEqual(['against-member']);
  });

  it('follows the affiliation the other way too', () => {
    const member = measuresOf(measures, 'member');
    // Same date: the index orders them by id.
    expect(member.against.map((m) => m.id)).toEqual(['against-both', 'against-member']);
    expect(
      member.affiliated.map(({ measure, via }) => [
        measure.id,
        via.map(({ target, link }) => [target, link.relation, link.direction]),
      ]),
    ).toEqual([['against-group', [['group', 'member-of', 'outgoing']]]]);
  });

  it('gives an actor nobody targets empty lists', () => {
    expect(measuresOf(measures, 'nobody')).toEqual({ against: [], affiliated: [] });
  });
});

describe('groupActorBacklinks', () => {
  it('leaves out of the mentions what the page already lists elsewhere', async () => {
    const checked = await checkContent({ contentDir: path.join(PROJECT_ROOT, 'content') });
    const graph = buildAffiliationGraph(checked.index);
    const measures = measuresOf(buildActorMeasures(checked.index, graph), 'apt31');
    const backlinks = checked.index.backlinks.get('apt31') ?? [];
    const mentionsOf = (shown?: Set<string>) =>
      groupActorBacklinks(backlinks, measures, shown)
        .find((group) => group.kind === 'mentions')
        ?.items.map((item) => item.entity.id) ?? [];
    expect(mentionsOf()).toContain('ni-gaobin');
    expect(mentionsOf(new Set(['ni-gaobin']))).not.toContain('ni-gaobin');
  });
});

describe('groups for the bodies behind a measure', () => {
  it('lists an indictment under the authority that brought it and the court that hears it', async () => {
    const { index } = await checkContent({ contentDir: path.join(PROJECT_ROOT, 'content') });
    const measures = buildActorMeasures(index, buildAffiliationGraph(index));
    const kindsOf = (id: string) =>
      groupActorBacklinks(index.backlinks.get(id) ?? [], measuresOf(measures, id))
        .filter((group) => group.items.some((item) => item.entity.id === 'us-indictment-apt31'))
        .map((group) => group.kind);
    expect(kindsOf('us-doj')).toEqual(['measures-by']);
    expect(kindsOf('us-district-court-edny')).toEqual(['cases-heard']);
  });
});
