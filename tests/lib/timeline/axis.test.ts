/** The visual timeline's geometry: positions on the axis, bands, and labels that never overlap. */
import { describe, expect, it } from 'vitest';
import { axisModel, estimateTextWidth, type AxisInput, type AxisModel } from '../../../src/lib/timeline/axis.ts';

const item = (id: string, date: string, label: string, shortDate = date) => ({
  id,
  date,
  label,
  shortDate,
  dateLabel: date,
});

const INPUT: AxisInput = {
  fromYear: 2010,
  toYear: 2025,
  bands: [item('access', '2021-08/2022-10', 'Electoral Commission access period', 'Aug 2021 – Oct 2022')],
  marks: [
    item('since-2010', '2010', 'APT31 active, per the US indictment'),
    item('recon', '2021', 'Reconnaissance against parliamentarians'),
    item('first-access', '2021-08', 'First access to Electoral Commission', 'Aug 2021'),
    item('detected', '2022-10', 'Electoral Commission detects it', 'Oct 2022'),
    item('disclosed', '2023-08-08', 'Electoral Commission discloses it', '8 Aug 2023'),
    item('attributed', '2024-03-25', 'UK attribution; UK and US sanctions', '25 Mar 2024'),
    item('czechia', '2025-05-28', 'Czechia attributes a campaign to APT31', '28 May 2025'),
  ],
};

/** Each label's box, from the same estimate the layout uses. */
function boxes(model: AxisModel) {
  return model.labels.map((label) => {
    const width = Math.max(
      estimateTextWidth(label.shortDate, model.fontSize) * 1.08,
      estimateTextWidth(label.label, model.fontSize),
    );
    const from = label.textX;
    return { label, from, to: from + width, top: label.dateY - model.fontSize, bottom: label.labelY + 4 };
  });
}

describe.each([
  ['wide', { width: 960, fontSize: 13, yearLabelEvery: 1 }],
  ['narrow', { width: 360, fontSize: 15, yearLabelEvery: 5 }],
] as const)('axisModel, %s layout', (_name, layout) => {
  const model = axisModel(INPUT, layout);

  it('runs from 1 January 2010 at the left margin to the end of 2025 at the right', () => {
    expect(model.years[0]).toMatchObject({ year: 2010, x: model.axisFrom });
    expect(model.years.at(-1)).toMatchObject({ year: 2026, x: model.axisTo, labelled: false });
    expect(model.years).toHaveLength(17);
    const labelled = model.years.filter((year) => year.labelled).map((year) => year.year);
    expect(labelled[0]).toBe(2010);
    expect(labelled.every((year) => (year - 2010) % layout.yearLabelEvery === 0)).toBe(true);
  });

  it('draws the access period as a band from August 2021 to the end of October 2022', () => {
    const yearWidth = (model.axisTo - model.axisFrom) / 16;
    const [band] = model.bands;
    expect(band!.x).toBeCloseTo(model.axisFrom + yearWidth * (11 + 212 / 365), 0);
    expect(band!.x + band!.width).toBeCloseTo(model.axisFrom + yearWidth * (12 + 304 / 365), 0);
  });

  it('places marks in time order, a year mark spanning its year', () => {
    const xs = model.marks.map((mark) => mark.x);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
    const recon = model.marks.find((mark) => mark.id === 'recon')!;
    expect(recon.width).toBeCloseTo((model.axisTo - model.axisFrom) / 16, 0);
    const attributed = model.marks.find((mark) => mark.id === 'attributed')!;
    expect(attributed.width).toBe(4);
  });

  it('labels every band and mark once, inside the drawing', () => {
    expect(model.labels.map((label) => label.id).sort()).toEqual(
      [...INPUT.bands, ...INPUT.marks].map((entry) => entry.id).sort(),
    );
    for (const box of boxes(model)) {
      expect(box.from, box.label.id).toBeGreaterThanOrEqual(0);
      expect(box.to, box.label.id).toBeLessThanOrEqual(model.width);
      expect(box.bottom, box.label.id).toBeLessThanOrEqual(model.height);
    }
  });

  it('never overlaps two labels; a leader passes behind another label only where that label was moved left to fit', () => {
    const all = boxes(model);
    for (const a of all) {
      for (const b of all) {
        if (a === b) continue;
        const overlap = a.from < b.to && b.from < a.to && a.top < b.bottom && b.top < a.bottom;
        expect(overlap, `${a.label.id} overlaps ${b.label.id}`).toBe(false);
        const crosses = a.label.x > b.from && a.label.x < b.to && a.label.leaderTo > b.top;
        if (crosses) expect(b.label.textX, `${a.label.id}'s leader crosses ${b.label.id}`).toBeLessThan(b.label.x);
      }
    }
  });

  it('describes every band and mark in words for the text alternative', () => {
    expect(model.summary).toContain('A line from 2010 to 2025.');
    expect(model.summary).toContain('Shaded: Electoral Commission access period, 2021-08/2022-10.');
    expect(model.summary).toContain('2024-03-25: UK attribution; UK and US sanctions.');
  });
});

describe('axisModel', () => {
  it('is deterministic: the same input gives the same drawing', () => {
    const layout = { width: 380, fontSize: 14, yearLabelEvery: 5 };
    expect(JSON.stringify(axisModel(INPUT, layout))).toBe(JSON.stringify(axisModel(INPUT, layout)));
  });

  it('starts a label at its date, or further left when it would run off the right edge', () => {
    const model = axisModel(INPUT, { width: 380, fontSize: 14, yearLabelEvery: 5 });
    const czechia = model.labels.find((label) => label.id === 'czechia')!;
    expect(czechia.textX).toBeLessThan(czechia.x);
    const since = model.labels.find((label) => label.id === 'since-2010')!;
    expect(since.textX).toBe(since.x);
  });

  it('clips a period that starts before the axis to the axis start', () => {
    const model = axisModel(
      { ...INPUT, bands: [item('old', '2005/2011', 'Old period')], marks: [] },
      { width: 960, fontSize: 13, yearLabelEvery: 1 },
    );
    expect(model.bands[0]!.x).toBe(model.axisFrom);
  });
});
