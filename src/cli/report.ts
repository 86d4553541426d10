/**
 * `npm run report -- <git-ref>`: the content changes of the working tree against a git ref, as
 * Markdown (CI posts it as the preview comment). It checks both versions with the real checker,
 * so the report shows what the site would show, and ends with the new content's check results.
 *
 *   npm run report -- main
 *   npm run report -- origin/main > report.md
 *
 * Exit 0 when the report was written (whatever the check found), 2 when the ref is unknown.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { checkContent, type CheckedContent } from '../lib/check-content.ts';
import { formatDiagnostic, summarise } from '../lib/diagnostics.ts';
import { diffContent, type DiffableEntry } from '../lib/report/content-diff.ts';
import { formatReport } from '../lib/report/format-report.ts';
import { contentDirFor } from '../loaders/casefile-loader.ts';
import { runCli } from './run-cli.ts';

function entriesOf(checked: CheckedContent): DiffableEntry[] {
  const byKey = new Map(checked.index.all.map((entity) => [`${entity.collection}/${entity.id}`, entity]));
  return checked.files.map((file) => {
    const entity = byKey.get(`${file.collection}/${file.id}`);
    return {
      collection: file.collection,
      id: file.id,
      file: file.file,
      data: entity?.data as Record<string, unknown> | undefined,
      body: entity?.body,
    };
  });
}

function git(args: string[], options: { cwd: string; input?: Buffer } = { cwd: process.cwd() }) {
  return spawnSync('git', args, { cwd: options.cwd, input: options.input, maxBuffer: 1 << 30 });
}

await runCli(async () => {
  const ref = process.argv[2];
  if (!ref || ref.startsWith('-')) {
    process.stderr.write('usage: npm run report -- <git-ref>   (e.g. main, origin/main, a commit)\n');
    return 2;
  }
  const root = process.cwd();
  const contentDir = contentDirFor(root);
  const folder = path.relative(root, contentDir).split(path.sep).join('/');
  if (git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]).status !== 0) {
    process.stderr.write(`✖ "${ref}" is not a commit in this repository (try git fetch, or another ref)\n`);
    return 2;
  }

  // The old content, extracted from git into a scratch folder laid out like the project.
  const scratch = mkdtempSync(path.join(tmpdir(), 'casefile-report-'));
  try {
    const oldContent = path.join(scratch, folder);
    mkdirSync(oldContent, { recursive: true });
    const archive = git(['archive', '--format=tar', ref, '--', folder]);
    if (archive.status === 0) {
      const untar = spawnSync('tar', ['-x', '-C', scratch], { input: archive.stdout });
      if (untar.status !== 0) throw new Error(`could not unpack ${folder}/ from ${ref}`);
    }
    // A ref without content/ (an early commit) compares as an empty folder.
    const before = await checkContent({ contentDir: oldContent, projectRoot: scratch });
    const after = await checkContent({ contentDir, projectRoot: root });
    const report = formatReport({
      ref,
      diff: diffContent(entriesOf(before), entriesOf(after)),
      problems: after.diagnostics.map(formatDiagnostic),
      summary: summarise(after.diagnostics),
      ok: after.ok,
    });
    process.stdout.write(report);
    return 0;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
});
