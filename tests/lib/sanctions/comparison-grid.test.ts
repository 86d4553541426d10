/**
 * The comparison grid and the measure groups, against the real content: three targets, each
 * designated by the UK and the US on 25 March 2024, and the other measures by kind.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkContent, type CheckedContent } from '../../../src/lib/check-content.ts';
import {
  buildComparisonGrid,
  jurisdictionOf,
  type ComparisonGrid,
} from '../../../src/lib/sanctions/comparison-grid.ts';
import { groupOtherMeasures } from '../../../src/lib/sanctions/measure-groups.ts';
import { buildIndex } from '../../../src/lib/content-index.ts';
import { PROJECT_ROOT } from '../../helpers/fixture-content.ts';

let checked: CheckedContent;
let grid: ComparisonGrid;

beforeAll(async () => {
  checked = await checkContent({ contentDir: path.join(PROJECT_ROOT, 'content'), projectRoot: PROJECT_ROOT });
  expect(checked.ok).toBe(true);
  grid = buildComparisonGrid(checked.index);
});

describe('buildComparisonGrid on the real content', () => {
  it('has one column per jurisdiction, UK then US', () => {
    expect(grid.columns).toEqual(['united-kingdom', 'united-states']);
  });

  it('compares the three targets, the company first, each with one UK and one US designation', () => {
    expect(grid.rows.map((row) => row.target)).toEqual(['wuhan-xrz', 'ni-gaobin', 'zhao-guangzong']);
    for (const row of grid.rows) {
      expect(row.cells.map((cell) => cell.map((c) => c.measure))).toEqual([
        [`uk-designation-${row.target}`],
        [`us-designation-${row.target}`],
      ]);
    }
  });

  it('fills each cell with the designation’s facts: authority, basis, listing date, measures, reason', () => {
    const ni = grid.rows.find((row) => row.target === 'ni-gaobin')!;
    const [[uk], [us]] = ni.cells as [[NonNullable<(typeof ni.cells)[0][0]>], [NonNullable<(typeof ni.cells)[1][0]>]];
    expect(uk.authority.value).toBe('uk-fcdo');
    expect(us.authority.value).toBe('us-treasury-ofac');
    expect(uk.basis?.value.citation).toBe('S.I. 2020/597');
    expect(us.basis?.value.citation).toBe('E.O. 13694');
    expect(uk.listed?.value).toBe('2024-03-25');
    expect(us.listed?.value).toBe('2024-03-25');
    expect(uk.measures.value).toEqual(['asset-freeze', 'travel-ban']);
    expect(us.measures.value).toEqual(['blocking']);
    expect(uk.statedReason?.value).toMatch(/APT31/);
    expect(us.statedReason?.value).toMatch(/Naval Academy/);
  });

  it('gives Ni Gaobin his two UK list references, each with its own source, and none in the US', () => {
    const ni = grid.rows.find((row) => row.target === 'ni-gaobin')!;
    expect(ni.cells[0]![0]!.listReferences).toEqual([
      { value: { list: 'OFSI Consolidated List', reference: 'Group ID 16462' }, sources: ['ofsi-notice-copy'] },
      { value: { list: 'UK Sanctions List', reference: 'CYB0046' }, sources: ['iom'] },
    ]);
    expect(ni.cells[1]![0]!.listReferences).toEqual([]);
  });

  it('does not give the company or Zhao a UK Sanctions List reference the sources do not verify', () => {
    for (const target of ['wuhan-xrz', 'zhao-guangzong']) {
      const row = grid.rows.find((r) => r.target === target)!;
      const lists = row.cells[0]![0]!.listReferences.map((ref) => ref.value.list);
      expect(lists).toEqual(['OFSI Consolidated List']);
    }
  });

  it('cites every cell: each field carries at least one source, and the status its as-of sources', () => {
    for (const row of grid.rows) {
      for (const cell of row.cells.flat()) {
        const fields = [cell.authority, cell.basis, cell.listed, cell.measures, cell.statedReason, cell.status];
        for (const field of fields) {
          expect(field, `${cell.measure}`).toBeDefined();
          expect(field!.sources.length, `${cell.measure}`).toBeGreaterThan(0);
        }
        for (const ref of cell.listReferences) expect(ref.sources.length).toBeGreaterThan(0);
        expect(cell.status.value).toEqual({ status: 'unknown', asOf: '2024-03-25' });
      }
    }
    const us = grid.rows[0]!.cells[1]![0]!;
    expect(us.status.sources).toEqual(['treas']);
    expect(us.sources).toEqual(['treas', 'state']);
  });

  it('places an authority in its country, and a state in itself', () => {
    expect(jurisdictionOf(checked.index, 'uk-fcdo')).toBe('united-kingdom');
    expect(jurisdictionOf(checked.index, 'us-treasury-ofac')).toBe('united-states');
    expect(jurisdictionOf(checked.index, 'united-kingdom')).toBe('united-kingdom');
  });

  it('leaves out a target designated by one jurisdiction only', () => {
    const withoutUsNi = buildIndex(checked.index.all.filter((entity) => entity.id !== 'us-designation-ni-gaobin'));
    expect(buildComparisonGrid(withoutUsNi).rows.map((row) => row.target)).toEqual(['wuhan-xrz', 'zhao-guangzong']);
  });

  it('does not depend on the order entries were read in', () => {
    const reversed = buildIndex([...checked.index.all].reverse());
    expect(buildComparisonGrid(reversed)).toEqual(grid);
  });
});

describe('groupOtherMeasures on the real content', () => {
  it('groups the rest by kind and keeps guidance apart', () => {
    const { groups, guidance } = groupOtherMeasures(checked.index, grid);
    expect(groups.map((group) => [group.kind, group.measures])).toEqual([
      ['indictment', ['us-indictment-apt31']],
      ['reward-offer', ['us-rewards-for-justice-apt31']],
      ['diplomatic-summons', ['uk-summons-chinese-charge-d-affaires', 'uk-summons-ambassador-zheng-2024-05']],
      ['diplomatic-representation', ['nz-officials-speak-to-ambassador']],
      ['regulatory-action', ['ico-reprimand-electoral-commission']],
    ]);
    expect(guidance).toEqual(['ncsc-defending-democracy-guidance']);
  });

  it('says as of when for every pending or unknown status', () => {
    const undated = checked.index.byCollection.sanctions.filter(
      (m) =>
        (m.data.status === 'pending' || m.data.status === 'unknown') &&
        m.data.kind !== 'guidance' &&
        !m.data.statusAsOf,
    );
    expect(undated.map((m) => m.id)).toEqual([]);
  });
});
