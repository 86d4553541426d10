/**
 * `npm run bench` (issue 12): generate synthetic content at several sizes and measure casefile
 * against plain Astro 7 (Sätteri and unified()), Eleventy 3 and Hugo on the same Markdown, in one
 * run, interleaved: each round runs every tool once, in an order rotated from round to round, so
 * noise from other work on the machine hits all of them alike. Figures are medians over rounds.
 *
 *   npm run bench                                   # N = 1,000, 5,000, 20,000
 *   npm run bench -- --quick                        # N = 1,000 only, one round
 *   npm run bench -- --n 2000,8000 --runs 3         # any sizes, more rounds
 *   npm run bench -- --only casefile                # skip the comparators
 *   npm run bench -- --generate-only --n 5000 --out /tmp/bench-5000   # only write the content
 *
 * Everything is written under --out (default: a folder in the system temp dir), never committed.
 */
import { mkdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatTable, formatVerdicts, judgeBudgets, type Sample, type SizeResult } from '../lib/bench/report.ts';
import { casefileRuns, checkHasCache } from './bench/casefile-runs.ts';
import { prepareComparators } from './bench/comparators.ts';
import { pageFigures } from './bench/page-figures.ts';
import type { Measured } from './bench/run-measured.ts';
import { runMeasured } from './bench/run-measured.ts';
import { writeSyntheticContent } from './bench/write-content.ts';
import { runCli } from './run-cli.ts';

const say = (line: string) => process.stderr.write(`${line}\n`);

/** The median of the rounds (the mean of the middle two for an even count), and the peak RSS. */
function summarise(runs: readonly Measured[]): Sample {
  if (runs.length === 0) return { ms: 0, peakRss: 0, ok: false };
  const times = runs.map((run) => run.ms).sort((a, b) => a - b);
  const middle = times.length / 2;
  const ms = times.length % 2 ? times[Math.floor(middle)]! : (times[middle - 1]! + times[middle]!) / 2;
  return { ms, peakRss: Math.max(...runs.map((run) => run.peakRss)), ok: runs.every((run) => run.status === 0) };
}

function failure(label: string, run: Measured): void {
  if (run.status !== 0) say(`  ${label} failed (exit ${run.status}): ${(run.stdout + run.stderr).trim().slice(-600)}`);
}

async function benchSize(
  n: number,
  seed: number,
  rounds: number,
  workDir: string,
  compare: boolean,
): Promise<SizeResult> {
  const root = process.cwd();
  const contentDir = path.join(workDir, 'content');
  const outDir = path.join(workDir, 'casefile-dist');
  rmSync(workDir, { recursive: true, force: true });
  mkdirSync(workDir, { recursive: true });
  await writeSyntheticContent(contentDir, { n, seed });
  const casefile = casefileRuns(root, contentDir, outDir, await checkHasCache(root, contentDir));
  const comparators = compare ? prepareComparators(contentDir, path.join(workDir, 'compare'), root) : [];
  const runs = new Map<string, Measured[]>();
  const record = (label: string, run: Measured) => {
    failure(label, run);
    runs.set(label, [...(runs.get(label) ?? []), run]);
    say(`  n=${n} ${label}: ${(run.ms / 1000).toFixed(1)} s, ${(run.peakRss / 1024 ** 3).toFixed(2)} GB`);
  };

  type Unit = (round: number) => Promise<void>;
  const units: Unit[] = [
    async (round) => {
      record('check cold', await casefile.checkCold());
      await casefile.check(); // fills the cache, if there is one
      record('check warm', await casefile.check());
      const restore = casefile.editOne(round);
      record('check one edit', await casefile.check());
      restore();
    },
    async (round) => {
      record('build cold', await casefile.buildCold());
      const restore = casefile.editOne(round);
      record('rebuild', await casefile.build());
      restore();
    },
    ...comparators.map((comparator): Unit => async () => {
      rmSync(comparator.outDir, { recursive: true, force: true });
      record(comparator.name, await runMeasured(comparator.command, comparator.args, { cwd: comparator.cwd }));
    }),
  ];
  for (let round = 0; round < rounds; round++) {
    for (let i = 0; i < units.length; i++) await units[(i + round) % units.length]!(round);
  }
  // The rebuild leaves the edited entry's page; the last cold build's pages are what we weigh.
  const buildCold = summarise(runs.get('build cold') ?? []);
  return {
    n,
    checkCold: summarise(runs.get('check cold') ?? []),
    checkWarm: summarise(runs.get('check warm') ?? []),
    checkOneEdit: summarise(runs.get('check one edit') ?? []),
    buildCold,
    rebuild: summarise(runs.get('rebuild') ?? []),
    pages: buildCold.ok ? pageFigures(outDir) : { count: 0, totalGz: 0, largestGz: 0, largestPath: '' },
    comparators: Object.fromEntries(comparators.map((c) => [c.name, summarise(runs.get(c.name) ?? [])])),
  };
}

await runCli(async () => {
  const { values } = parseArgs({
    options: {
      'generate-only': { type: 'boolean', default: false },
      quick: { type: 'boolean', default: false },
      n: { type: 'string' },
      out: { type: 'string' },
      runs: { type: 'string' },
      seed: { type: 'string', default: '12' },
      only: { type: 'string' },
    },
  });
  const sizes = (values.n ?? (values.quick ? '1000' : '1000,5000,20000')).split(',').map((text) => Number(text.trim()));
  const seed = Number(values.seed);
  const rounds = Number(values.runs ?? (values.quick ? 1 : 2));
  const outRoot = path.resolve(values.out ?? path.join(os.tmpdir(), 'casefile-bench'));
  if (values['generate-only']) {
    for (const n of sizes) {
      const dir = sizes.length === 1 ? outRoot : path.join(outRoot, `n-${n}`);
      const count = await writeSyntheticContent(dir, { n, seed });
      process.stdout.write(`wrote ${count} entries to ${dir}\n`);
    }
    return 0;
  }
  if (values.only !== undefined && values.only !== 'casefile') throw new Error('--only takes "casefile"');
  say(
    `casefile bench · N = ${sizes.join(', ')} · ${rounds} round(s) · ${os.cpus().length} cores · node ${process.version}`,
  );
  const results: SizeResult[] = [];
  for (const n of sizes) {
    results.push(await benchSize(n, seed, rounds, path.join(outRoot, `n-${n}`), values.only !== 'casefile'));
    // The sizes so far, so a run stopped during 20,000 still leaves the smaller ones' figures.
    if (results.length < sizes.length) formatTable(results).forEach(say);
  }
  const out = (line: string) => process.stdout.write(`${line}\n`);
  out('');
  formatTable(results).forEach(out);
  out('');
  formatVerdicts(judgeBudgets(results)).forEach(out);
  return 0;
});
