import { describe, expect, it } from 'vitest';
import {
  provenanceExplanation,
  provenanceLabel,
  provenanceOf,
  provenanceOfField,
  provenanceValues,
} from '../../src/lib/provenance.ts';
import type { ProvenanceItem } from '../../src/schemas/provenance.ts';

const travelBan: ProvenanceItem = { field: 'measures', value: 'travel-ban', status: 'reported', sources: ['standard'] };
const title: ProvenanceItem = { field: 'titles', value: 'Chief Executive', status: 'unconfirmed', sources: ['bbc'] };
const entry = { measures: ['asset-freeze', 'travel-ban'], provenance: [travelBan, title] };

describe('provenance lookups', () => {
  it('finds the item for a field and value', () => {
    expect(provenanceOf(entry, 'measures', 'travel-ban')).toBe(travelBan);
    expect(provenanceOf(entry, 'titles', 'Chief Executive')).toBe(title);
  });

  it('returns nothing for a value as sure as its entry, or another field with the same value', () => {
    expect(provenanceOf(entry, 'measures', 'asset-freeze')).toBeUndefined();
    expect(provenanceOf(entry, 'related', 'travel-ban')).toBeUndefined();
    expect(provenanceOf({}, 'measures', 'travel-ban')).toBeUndefined();
  });

  it('lists the items of one field', () => {
    expect(provenanceOfField(entry, 'measures')).toEqual([travelBan]);
    expect(provenanceOfField(entry, 'aliases')).toEqual([]);
  });

  it('labels each status for readers', () => {
    expect(provenanceLabel('reported')).toBe('reported');
    expect(provenanceLabel('unconfirmed')).toBe('not confirmed');
    expect(provenanceExplanation('reported')).toMatch(/primary source/);
  });

  it('names values the way provenance items do', () => {
    expect(provenanceValues(['asset-freeze', 'travel-ban'])).toEqual(['asset-freeze', 'travel-ban']);
    expect(provenanceValues([{ title: 'Chief Executive', sources: [] }])).toEqual(['Chief Executive']);
    expect(provenanceValues([{ name: 'Judgment Panda' }, { actor: 'hubei-ssd', relation: 'part-of' }])).toEqual([
      'Judgment Panda',
      'hubei-ssd',
    ]);
    expect(provenanceValues('apt31')).toEqual(['apt31']);
    expect(provenanceValues(undefined)).toEqual([]);
  });
});
