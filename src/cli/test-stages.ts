/**
 * `npm test`: every check, cheapest first, each stage named and timed, stopping at the first
 * that fails. Each stage is also an npm script of its own (`npm run test:unit` …), so a developer
 * can rerun the one that failed.
 *
 *   npm test                      # all stages
 *   npm test -- --from site       # start at a stage (the build must exist for site and browser)
 *   npm test -- --only unit,site  # just these
 *
 * The build stage builds once, cleanly (`--force`), into .casefile/test-site/, and the site and
 * browser stages test that build instead of building again.
 */
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { runCli } from './run-cli.ts';

interface Stage {
  readonly name: string;
  readonly title: string;
  /** npm scripts run in order; the stage fails at the first that fails. */
  readonly scripts: readonly string[];
}

export const STAGES: readonly Stage[] = [
  { name: 'lint', title: 'format and lint (Prettier, ESLint, actionlint)', scripts: ['test:lint'] },
  { name: 'types', title: 'types (astro check)', scripts: ['test:types'] },
  { name: 'content', title: 'content check (strict)', scripts: ['test:content'] },
  { name: 'unit', title: 'unit tests', scripts: ['test:unit'] },
  { name: 'build', title: 'clean production build', scripts: ['test:build'] },
  {
    name: 'site',
    title: 'checks of the built site (links, HTML, weight, reflow, reproducibility)',
    scripts: ['test:site'],
  },
  { name: 'browser', title: 'browser tests in Chromium (axe, search, filters, keyboard)', scripts: ['test:browser'] },
];

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

await runCli(async () => {
  const { values } = parseArgs({ options: { from: { type: 'string' }, only: { type: 'string' } } });
  const names = STAGES.map((stage) => stage.name);
  const only = values.only?.split(',').map((name) => name.trim());
  for (const name of [...(only ?? []), ...(values.from ? [values.from] : [])]) {
    if (!names.includes(name)) {
      process.stderr.write(`✖ no stage "${name}"; stages are ${names.join(', ')}\n`);
      return 2;
    }
  }
  const start = values.from ? names.indexOf(values.from) : 0;
  const selected = STAGES.filter((stage, index) => index >= start && (!only || only.includes(stage.name)));
  const started = performance.now();
  const times: string[] = [];
  let passed = 0;

  for (const [index, stage] of selected.entries()) {
    process.stdout.write(`\n▶ stage ${index + 1}/${selected.length}: ${stage.title}\n`);
    const stageStarted = performance.now();
    for (const script of stage.scripts) {
      const result = spawnSync('npm', ['run', '--silent', script], {
        stdio: 'inherit',
        // The site and browser stages test the build stage's output instead of building again.
        env: { ...process.env, CASEFILE_REUSE_SITE: '1' },
      });
      if (result.status !== 0) {
        const took = seconds(performance.now() - stageStarted);
        process.stdout.write(`\n✖ stage "${stage.name}" failed (${took}); rerun it with: npm run ${script}\n`);
        process.stdout.write(`stages: ${passed} passed, 1 failed\n`);
        return 1;
      }
    }
    const took = seconds(performance.now() - stageStarted);
    times.push(`  ${stage.name.padEnd(8)} ${took.padStart(8)}`);
    passed++;
    process.stdout.write(`✔ ${stage.name} (${took})\n`);
  }

  process.stdout.write(
    `\nTimes:\n${times.join('\n')}\n  total    ${seconds(performance.now() - started).padStart(8)}\n`,
  );
  process.stdout.write(`stages: ${passed} passed, 0 failed\n`);
  return 0;
});
