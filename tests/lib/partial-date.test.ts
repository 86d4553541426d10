/** Partial dates: parsing, precision, ordering and display, independent of the machine's time zone. */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  comparePartialDates,
  endsBeforeStart,
  formatPartialDate,
  isReversedRange,
  parsePartialDate,
  PartialDateError,
  precisionOf,
  toDatetimeAttribute,
} from '../../src/lib/partial-date.ts';
import { PROJECT_ROOT } from '../helpers/fixture-content.ts';

describe('parsePartialDate and precisionOf', () => {
  it.each([
    ['2010', 'year', { year: 2010 }],
    ['2021-08', 'month', { year: 2021, month: 8 }],
    ['2024-03-25', 'day', { year: 2024, month: 3, day: 25 }],
    ['2024-02-29', 'day', { year: 2024, month: 2, day: 29 }],
  ])('%s is a %s', (text, precision, start) => {
    const date = parsePartialDate(text);
    expect(date.start).toEqual(start);
    expect(date.end).toBeUndefined();
    expect(precisionOf(date)).toBe(precision);
  });

  it('parses a range whose ends have different precisions', () => {
    const date = parsePartialDate('2021-08/2022-10-03');
    expect(date.start).toEqual({ year: 2021, month: 8 });
    expect(date.end).toEqual({ year: 2022, month: 10, day: 3 });
    expect(precisionOf(date)).toBe('range');
  });

  it.each(['2023-02-29', '2024-04-31', '2024-00', '24-03-25', '2024/03/25', '2024-3-5', '', '2021-08/2022-10/2023'])(
    'rejects %j',
    (text) => {
      expect(() => parsePartialDate(text)).toThrow(PartialDateError);
    },
  );
});

describe('ranges and order', () => {
  it('detects a range that ends before it starts, but not one ending in its start month', () => {
    expect(isReversedRange(parsePartialDate('2022-10/2021-08'))).toBe(true);
    expect(isReversedRange(parsePartialDate('2021-08/2021-08-15'))).toBe(false);
    expect(isReversedRange(parsePartialDate('2021/2021-03'))).toBe(false);
  });

  it('compares from/to pairs by the widest reading', () => {
    expect(endsBeforeStart(parsePartialDate('2022-05'), parsePartialDate('2021'))).toBe(true);
    expect(endsBeforeStart(parsePartialDate('2022-05'), parsePartialDate('2022'))).toBe(false);
  });

  it('sorts by earliest possible day, the narrower date first when two start together', () => {
    const texts = ['2024-03', '2021-08/2022-10', '2024-03-25', '2010', '2024-03-01', '2024', '2024-03/2024-05'];
    const sorted = texts
      .map(parsePartialDate)
      .sort(comparePartialDates)
      .map((date) => date.text);
    expect(sorted).toEqual([
      '2010',
      '2021-08/2022-10',
      '2024',
      '2024-03-01',
      '2024-03',
      '2024-03/2024-05',
      '2024-03-25',
    ]);
  });
});

describe('formatPartialDate', () => {
  it.each([
    ['2024-03-25', {}, '25 March 2024'],
    ['2021-08', {}, 'August 2021'],
    ['2010', {}, '2010'],
    ['2021', { qualifier: 'early' }, 'early 2021'],
    ['2021', { qualifier: 'mid' }, 'mid-2021'],
    ['2020', { qualifier: 'autumn' }, 'autumn 2020'],
    ['2024-03', { qualifier: 'before' }, 'before March 2024'],
    ['2021-08/2022-10', {}, 'August 2021 – October 2022'],
    ['2022-08/2022-10', {}, 'August – October 2022'],
    ['2024-03-27/2024-03-29', {}, '27–29 March 2024'],
    ['2024-03-27/2024-04-03', {}, '27 March – 3 April 2024'],
    ['2024-03-26', { timeZone: 'Pacific/Auckland' }, '26 March 2024 (Pacific/Auckland time)'],
  ] as const)('%s %j → %s', (text, options, expected) => {
    expect(formatPartialDate(text, options)).toBe(expected);
  });

  it('gives <time datetime> values HTML accepts', () => {
    expect(toDatetimeAttribute('2024-03-25')).toBe('2024-03-25');
    expect(toDatetimeAttribute('2021-08')).toBe('2021-08');
    expect(toDatetimeAttribute('2010')).toBe('2010');
    expect(toDatetimeAttribute('2021-08/2022-10')).toBe('2021-08');
  });
});

describe('time zones', () => {
  // Kiritimati is UTC+14 and Pago Pago UTC-11: a JS Date built from "2024-03-25" would show a
  // different day in one of them. The formatter must print the same text in both.
  const script = `
    import { formatPartialDate, parsePartialDate, comparePartialDates } from './src/lib/partial-date.ts';
    const texts = ['2024-03-25', '2024-01-01', '2023-12-31', '2021-08', '2010', '2021-08/2022-10', '2024-03-26'];
    const lines = texts.map((t) => formatPartialDate(t, { timeZone: t === '2024-03-26' ? 'Pacific/Auckland' : undefined }));
    lines.push(texts.map(parsePartialDate).sort(comparePartialDates).map((d) => d.text).join(','));
    process.stdout.write(JSON.stringify(lines));
  `;
  const run = (tz: string) =>
    execFileSync(process.execPath, ['--input-type=module', '-e', script], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, TZ: tz },
      encoding: 'utf8',
    });

  it('formats and sorts identically at UTC+14 and UTC-11', () => {
    const east = run('Pacific/Kiritimati');
    const west = run('Pacific/Pago_Pago');
    expect(JSON.parse(east)).toEqual(JSON.parse(west));
    expect(JSON.parse(east)[0]).toBe('25 March 2024');
    expect(JSON.parse(east)[2]).toBe('31 December 2023');
  });

  it('the child processes really ran in different zones', () => {
    const offset = (tz: string) =>
      execFileSync(
        process.execPath,
        ['-e', 'process.stdout.write(String(new Date(2024, 2, 25).getTimezoneOffset()))'],
        {
          env: { ...process.env, TZ: tz },
          encoding: 'utf8',
        },
      );
    expect(offset('Pacific/Kiritimati')).toBe('-840');
    expect(offset('Pacific/Pago_Pago')).toBe('660');
    expect(path.isAbsolute(PROJECT_ROOT)).toBe(true);
  });
});
