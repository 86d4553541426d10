/**
 * The bench's pieces at tiny sizes (the bench itself stays out of `npm test`): process-tree
 * memory, the comparator projects, and the report's table and budget verdicts.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { prepareComparators } from '../../src/cli/bench/comparators.ts';
import { runMeasured } from '../../src/cli/bench/run-measured.ts';
import { writeSyntheticContent } from '../../src/cli/bench/write-content.ts';
import { formatTable, judgeBudgets, type SizeResult } from '../../src/lib/bench/report.ts';
import { PROJECT_ROOT } from '../helpers/fixture-content.ts';

const scratch = mkdtempSync(path.join(os.tmpdir(), 'casefile-bench-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('runMeasured', () => {
  it('counts the memory of a child process, not just the parent', async () => {
    // The parent only waits; its child holds about 300 MB for half a second.
    const child = 'const b = Buffer.alloc(300 * 1024 * 1024, 1); setTimeout(() => b.length, 500);';
    const parent = `require('node:child_process').spawnSync(process.execPath, ['-e', ${JSON.stringify(child)}]);`;
    const run = await runMeasured(process.execPath, ['-e', parent], { cwd: scratch });
    expect(run.status).toBe(0);
    expect(run.peakRss).toBeGreaterThan(300 * 1024 * 1024);
  });
});

describe('comparators', () => {
  it('build the same Markdown with Eleventy as one plain page per entry', async () => {
    const content = path.join(scratch, 'content');
    await writeSyntheticContent(content, { n: 20 });
    const comparators = prepareComparators(content, path.join(scratch, 'compare'), PROJECT_ROOT);
    expect(comparators.map((c) => c.name).slice(0, 3)).toEqual([
      'Astro 7, Sätteri',
      'Astro 7, unified()',
      'Eleventy 3',
    ]);
    expect(readFileSync(path.join(scratch, 'compare/astro-unified/astro.config.mjs'), 'utf8')).toContain('unified()');
    const eleventy = comparators.find((c) => c.name === 'Eleventy 3')!;
    const run = await runMeasured(eleventy.command, eleventy.args, { cwd: eleventy.cwd });
    expect(run.status).toBe(0);
    const page = readFileSync(path.join(eleventy.outDir, 'actors/actor-00001/index.html'), 'utf8');
    expect(page).toMatch(/^<!doctype html>.*<title>actor-00001<\/title>.*<main><p>/s);
    expect(existsSync(path.join(eleventy.outDir, 'story/bench-story/index.html'))).toBe(true);
  });
});

const sample = (ms: number, peakRss = 1e9) => ({ ms, peakRss, ok: true });
const result = (n: number, cold: number, rebuild: number, satteri: number, largestGz: number): SizeResult => ({
  n,
  checkCold: sample(5000),
  checkWarm: sample(900),
  checkOneEdit: sample(950),
  buildCold: sample(cold, 2.5 * 1024 ** 3),
  rebuild: sample(rebuild),
  pages: { count: n, totalGz: n * 9000, largestGz, largestPath: '/sources/' },
  comparators: { 'Astro 7, Sätteri': sample(satteri) },
});

describe('the report', () => {
  it('prints one column per size, with casefile ÷ each comparator', () => {
    const table = formatTable([result(1000, 6000, 3000, 5000, 30_000)]);
    expect(table[0]).toBe('| | 1,000 |');
    expect(table).toContain('| casefile cold build ÷ Astro 7, Sätteri | 1.20× |');
    expect(table).toContain('| rebuild ÷ cold build | 0.50× |');
  });

  it('judges the budgets of issue 12', () => {
    const verdicts = judgeBudgets([
      result(5000, 20_000, 16_000, 25_000, 41_000),
      result(20_000, 90_000, 40_000, 60_000, 30_000),
    ]);
    const verdict = (budget: string) => verdicts.find((v) => v.budget === budget)?.pass;
    expect(verdict('check warm ≤ 1 s at 5,000')).toBe(true);
    expect(verdict('check cold ≤ 8 s at 20,000')).toBe(true);
    expect(verdict('cold build ≤ 1.0× Astro on Sätteri at 5,000')).toBe(true);
    expect(verdict('cold build ≤ 1.0× Astro on Sätteri at 20,000')).toBe(false);
    expect(verdict('rebuild ≤ 0.75× cold build at 5,000')).toBe(false);
    expect(verdict('every page ≤ 40 KB gz at 5,000')).toBe(false);
    expect(verdict('peak RSS ≤ 3 GB at 20,000')).toBe(true);
    expect(verdict('cold build ms per entry flat (largest N ≤ 1.25× smallest N)')).toBe(true);
  });
});
