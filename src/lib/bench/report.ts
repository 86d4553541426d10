/**
 * The bench's printed report: one table of figures per size, the ratios of casefile's cold build
 * to each comparator, and the budgets of issue 12 with pass or fail. Pure, so a test can feed it
 * figures and pin the verdicts.
 */

/** One measured run; `ms` is the median over the bench's rounds. */
export interface Sample {
  readonly ms: number;
  /** Peak RSS of the process tree in bytes; 0 when it could not be read. */
  readonly peakRss: number;
  /** False when the command exited non-zero: its figure is not a result. */
  readonly ok: boolean;
}

export interface PageFigures {
  readonly count: number;
  /** Sum over pages of HTML + CSS, gzipped, bytes. */
  readonly totalGz: number;
  readonly largestGz: number;
  readonly largestPath: string;
}

export interface SizeResult {
  readonly n: number;
  readonly checkCold: Sample;
  readonly checkWarm: Sample;
  readonly checkOneEdit: Sample;
  readonly buildCold: Sample;
  readonly rebuild: Sample;
  readonly pages: PageFigures;
  /** Cold builds of the same Markdown by each comparator, by its name. */
  readonly comparators: Readonly<Record<string, Sample>>;
}

export interface Verdict {
  readonly budget: string;
  /** undefined: not measured in this run (e.g. no 20,000 run). */
  readonly pass: boolean | undefined;
  readonly measured: string;
}

const BUDGET_BYTES = 40 * 1024;
const GB = 1024 ** 3;

const seconds = (sample: Sample) => (sample.ok ? `${(sample.ms / 1000).toFixed(1)} s` : 'failed');
const memory = (bytes: number) => (bytes > 0 ? `${(bytes / GB).toFixed(2)} GB` : 'n/a');
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ratio = (a: Sample, b: Sample | undefined) => (a.ok && b?.ok ? `${(a.ms / b.ms).toFixed(2)}×` : '–');

/** A Markdown table: casefile's figures and the comparators' as rows, one column per size. */
export function formatTable(results: readonly SizeResult[]): string[] {
  const names = [...new Set(results.flatMap((result) => Object.keys(result.comparators)))];
  const rows: [string, (result: SizeResult) => string][] = [
    ['`npm run check` cold', (r) => seconds(r.checkCold)],
    ['`npm run check` warm (nothing changed)', (r) => seconds(r.checkWarm)],
    ['`npm run check` warm (one entry edited)', (r) => seconds(r.checkOneEdit)],
    ['casefile cold build', (r) => `${seconds(r.buildCold)}, ${memory(r.buildCold.peakRss)}`],
    ['casefile rebuild after one edit', (r) => `${seconds(r.rebuild)}, ${memory(r.rebuild.peakRss)}`],
    ['rebuild ÷ cold build', (r) => ratio(r.rebuild, r.buildCold)],
    ['cold build, ms per entry', (r) => (r.buildCold.ok ? (r.buildCold.ms / r.n).toFixed(2) : '–')],
    [
      'pages; total and largest HTML + CSS gz',
      (r) => `${r.pages.count}; ${kb(r.pages.totalGz)}, ${kb(r.pages.largestGz)}`,
    ],
    ...names.map((name): [string, (result: SizeResult) => string] => [
      `${name} (plain pages)`,
      (r) => (r.comparators[name] ? `${seconds(r.comparators[name])}, ${memory(r.comparators[name].peakRss)}` : '–'),
    ]),
    ...names.map((name): [string, (result: SizeResult) => string] => [
      `casefile cold build ÷ ${name}`,
      (r) => ratio(r.buildCold, r.comparators[name]),
    ]),
  ];
  const header = `| | ${results.map((r) => r.n.toLocaleString('en-GB')).join(' | ')} |`;
  const rule = `|---|${results.map(() => '---').join('|')}|`;
  return [header, rule, ...rows.map(([label, cell]) => `| ${label} | ${results.map(cell).join(' | ')} |`)];
}

/** The budgets of issue 12, judged on these figures. */
export function judgeBudgets(results: readonly SizeResult[]): Verdict[] {
  const at = (n: number) => results.find((result) => result.n === n);
  const verdicts: Verdict[] = [];
  const within = (budget: string, sample: Sample | undefined, limitMs: number) =>
    verdicts.push({
      budget,
      pass: sample ? sample.ok && sample.ms <= limitMs : undefined,
      measured: sample ? seconds(sample) : 'not run',
    });
  const big = at(20_000);
  const warmest = (r: SizeResult | undefined) =>
    r && (r.checkWarm.ms >= r.checkOneEdit.ms ? r.checkWarm : r.checkOneEdit);
  within('check warm ≤ 3 s at 20,000', warmest(big), 3000);
  within('check warm ≤ 1 s at 5,000', warmest(at(5000)), 1000);
  within('check cold ≤ 8 s at 20,000', big?.checkCold, 8000);
  for (const result of results) {
    const satteri = Object.entries(result.comparators).find(([name]) => name.includes('Sätteri'))?.[1];
    verdicts.push({
      budget: `cold build ≤ 1.0× Astro on Sätteri at ${result.n.toLocaleString('en-GB')}`,
      pass: satteri && result.buildCold.ok && satteri.ok ? result.buildCold.ms <= satteri.ms : undefined,
      measured: ratio(result.buildCold, satteri),
    });
    verdicts.push({
      budget: `rebuild ≤ 0.75× cold build at ${result.n.toLocaleString('en-GB')}`,
      pass: result.rebuild.ok && result.buildCold.ok ? result.rebuild.ms <= 0.75 * result.buildCold.ms : false,
      measured: ratio(result.rebuild, result.buildCold),
    });
    verdicts.push({
      budget: `every page ≤ 40 KB gz at ${result.n.toLocaleString('en-GB')}`,
      pass: result.pages.count > 0 ? result.pages.largestGz <= BUDGET_BYTES : undefined,
      measured: `${kb(result.pages.largestGz)} (${result.pages.largestPath})`,
    });
  }
  const peak = big && Math.max(big.buildCold.peakRss, big.rebuild.peakRss, big.checkCold.peakRss);
  verdicts.push({
    budget: 'peak RSS ≤ 3 GB at 20,000',
    pass: peak ? peak <= 3 * GB : undefined,
    measured: peak ? memory(peak) : 'not run',
  });
  const ordered = [...results].filter((r) => r.buildCold.ok).sort((a, b) => a.n - b.n);
  const first = ordered[0];
  const last = ordered.at(-1);
  const growth = first && last && last.n > first.n ? last.buildCold.ms / last.n / (first.buildCold.ms / first.n) : 0;
  verdicts.push({
    budget: 'cold build ms per entry flat (largest N ≤ 1.25× smallest N)',
    pass: growth ? growth <= 1.25 : undefined,
    measured: growth ? `${growth.toFixed(2)}×` : 'needs two sizes',
  });
  return verdicts;
}

/** The verdicts as lines: "PASS  budget  (measured)". */
export function formatVerdicts(verdicts: readonly Verdict[]): string[] {
  return verdicts.map(
    (v) => `${v.pass === undefined ? 'n/a ' : v.pass ? 'PASS' : 'FAIL'}  ${v.budget}  (${v.measured})`,
  );
}
