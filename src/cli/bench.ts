/**
 * `npm run bench`: measure the checker and the body pipeline on the real content, and print
 * figures. Timings depend on the machine; compare runs on the same machine only.
 *
 *   npm run bench                # check end to end, and each stage in-process
 *   npm run bench -- --build     # also time a full `npm run build`
 *   npm run bench -- --runs 9    # more repetitions (default 5)
 *   npm run bench -- --hostile   # parse time of the worst body shapes the limits still accept
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkContent } from '../lib/check-content.ts';
import { parseFrontmatter, splitFrontmatter, type SplitEntry } from '../lib/content/frontmatter.ts';
import { loadEntry } from '../lib/content/load-entry.ts';
import { listContentFiles } from '../lib/content/read-content.ts';
import { parseBody } from '../markdown/parse-body.ts';
import { createBodyRenderer } from '../markdown/render-body.ts';
import { runCli } from './run-cli.ts';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function timeIt(fn: () => void): number {
  const started = performance.now();
  fn();
  return performance.now() - started;
}

function row(label: string, values: number[], per?: number): string {
  const ms = median(values);
  const each = per ? `  (${((ms / per) * 1000).toFixed(0)} µs per entry)` : '';
  return `${label.padEnd(44)} ${ms.toFixed(0).padStart(6)} ms median, ${Math.min(...values).toFixed(0)} min${each}`;
}

await runCli(async () => {
  const { values } = parseArgs({
    options: {
      build: { type: 'boolean', default: false },
      hostile: { type: 'boolean', default: false },
      runs: { type: 'string', default: '5' },
    },
  });
  const runs = Number(values.runs);
  const root = process.cwd();
  const contentDir = path.join(root, 'content');
  const node = process.execPath;
  const out = (line: string) => process.stdout.write(`${line}\n`);

  const { files } = await listContentFiles(contentDir, root);
  const texts = files.map((file) => readFileSync(file.absolutePath, 'utf8'));
  const parts = texts.map((text) => splitFrontmatter(text)).filter((part): part is SplitEntry => !('problem' in part));
  const bytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0);
  out(
    `casefile bench · ${files.length} entries, ${(bytes / 1024).toFixed(0)} KiB · node ${process.version} · ${runs} runs each`,
  );

  const wall = Array.from({ length: runs }, () => timeIt(() => spawnSync(node, ['src/cli/check.ts'], { cwd: root })));
  out(row('npm run check, whole process (wall)', wall));

  const cold: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await checkContent({ contentDir, projectRoot: root });
    cold.push(performance.now() - started);
  }
  out(row('checkContent in-process (1st run cold, then warm)', cold, files.length));
  out(
    row(
      '  YAML frontmatter with positions',
      Array.from({ length: runs }, () => timeIt(() => parts.forEach((p) => parseFrontmatter(p.yaml, p.yamlStartLine)))),
      files.length,
    ),
  );
  out(
    row(
      '  Markdown bodies, parse stage',
      Array.from({ length: runs }, () => timeIt(() => parts.forEach((p) => parseBody(p.body)))),
      files.length,
    ),
  );
  const renderer = createBodyRenderer();
  const trees = parts.map((p) => parseBody(p.body).tree);
  out(
    row(
      'Markdown bodies, render stage (build only)',
      Array.from({ length: runs }, () => timeIt(() => trees.forEach((tree) => renderer.render(structuredClone(tree))))),
      files.length,
    ),
  );

  if (values.hostile) {
    // Shapes whose parse time grows with the square of their size, filled up to just under the
    // limits in src/lib/markdown-limits.ts (5,000 lines, 16 levels, 4,000 "[").
    const head = '---\nname: X\nkind: person\nrole: r\nsources: [a]\n---\n';
    const shapes: [string, string][] = [
      ['setext headings (a / =)', 'a\n=\n'.repeat(2495)],
      ['"===" lines', '===\n'.repeat(4990)],
      ['nested list pairs', '* a\n  * b\n'.repeat(2495)],
      ['closed ::: blocks', ':::a\n:::\n'.repeat(2495)],
      ['unclosed link openers', '[a]('.repeat(4000)],
      ['"<" characters, 250 KiB', '<'.repeat(250 * 1024)],
    ];
    for (const [label, body] of shapes) {
      const file = { collection: 'actors' as const, file: 'bench.md', absolutePath: 'bench.md', fileName: 'bench.md' };
      out(row(`hostile body: ${label}`, [timeIt(() => loadEntry(file, head + body))]));
    }
  }

  if (values.build) {
    const build = timeIt(() =>
      spawnSync(node, ['src/cli/build.ts', '--out', path.join(root, '.casefile', 'bench-dist')], { cwd: root }),
    );
    out(row('npm run build, whole process (wall, 1 run)', [build]));
  }
  return 0;
});
