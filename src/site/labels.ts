/**
 * Reader-facing words for the schema's enum values. Keyed by the schema's own value lists, so a
 * new kind or relation that lacks a label fails the type check.
 */
import type { AFFILIATION_RELATIONS } from '../schemas/actor.ts';
import type { ActorKind } from '../schemas/entity-ref.ts';
import type { MEASURE_KINDS, MEASURES, MEASURE_STATUSES } from '../schemas/sanction.ts';
import type { DATE_MEANINGS } from '../schemas/timeline-event.ts';
import type { SOURCE_KINDS } from '../schemas/source.ts';

export const ACTOR_KIND_LABELS: Record<ActorKind, { singular: string; plural: string }> = {
  person: { singular: 'Person', plural: 'People' },
  state: { singular: 'State', plural: 'States' },
  'government-body': { singular: 'Government body', plural: 'Government bodies' },
  regulator: { singular: 'Regulator', plural: 'Regulators' },
  legislature: { singular: 'Legislature', plural: 'Legislatures' },
  court: { singular: 'Court', plural: 'Courts' },
  company: { singular: 'Company', plural: 'Companies' },
  'threat-group': { singular: 'Threat group', plural: 'Threat groups' },
  'advocacy-group': { singular: 'Advocacy group', plural: 'Advocacy groups' },
  organisation: { singular: 'Organisation', plural: 'Organisations' },
};

export const RELATION_LABELS: Record<(typeof AFFILIATION_RELATIONS)[number], string> = {
  'member-of': 'Member of',
  'part-of': 'Part of',
  'front-for': 'Front company for',
  'contractor-for': 'Contractor for',
  'directed-by': 'Directed by',
  leads: 'Leads',
  'employed-by': 'Employed by',
  'spokesperson-for': 'Spokesperson for',
  represents: 'Represents',
  founded: 'Founded',
  'allied-with': 'Allied with',
};

export const MEASURE_KIND_LABELS: Record<(typeof MEASURE_KINDS)[number], string> = {
  designation: 'Sanctions designation',
  indictment: 'Indictment',
  'reward-offer': 'Reward offer',
  'diplomatic-summons': 'Diplomatic summons',
  'diplomatic-representation': 'Representation to an envoy',
  'regulatory-action': 'Regulatory action',
  guidance: 'Guidance',
};

export const MEASURE_LABELS: Record<(typeof MEASURES)[number], string> = {
  'asset-freeze': 'Asset freeze',
  'travel-ban': 'Travel ban',
  blocking: 'Blocking of property',
  'criminal-charges': 'Criminal charges',
  reward: 'Reward',
  summons: 'Summons',
  reprimand: 'Reprimand',
  guidance: 'Guidance',
};

export const MEASURE_STATUS_LABELS: Record<(typeof MEASURE_STATUSES)[number], string> = {
  'in-force': 'In force',
  pending: 'Pending',
  completed: 'Completed',
  revoked: 'Revoked',
  expired: 'Expired',
  unknown: 'Unknown',
};

export const DATE_MEANING_LABELS: Record<(typeof DATE_MEANINGS)[number], string> = {
  occurred: 'Occurred',
  began: 'Began',
  ended: 'Ended',
  detected: 'Detected',
  disclosed: 'Disclosed',
  attributed: 'Attributed',
  announced: 'Announced',
  reported: 'Reported',
  published: 'Published',
};

export const SOURCE_KIND_LABELS: Record<(typeof SOURCE_KINDS)[number], string> = {
  official: 'Official',
  parliament: 'Parliament',
  court: 'Court',
  regulator: 'Regulator',
  press: 'Press',
  vendor: 'Vendor',
  reference: 'Reference',
};
