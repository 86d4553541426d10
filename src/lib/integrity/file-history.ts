/**
 * When each file first entered git: the commit time of the first commit that added it. The
 * duplicate rules use it to blame the newer of two files, the one an editor just added, instead
 * of the entry that was there first (issue 9).
 *
 * One `git log` for all the files involved, and only when there is a duplicate to blame, so a
 * clean check never runs git. Without git, outside a repository, or for files never committed,
 * a file has no time.
 */
import { spawnSync } from 'node:child_process';

/** Commit time in seconds, by printed path; files without history are absent. */
export type FirstAdded = ReadonlyMap<string, number>;

/**
 * @param projectRoot the folder printed paths are relative to
 * @param files printed paths (forward slashes, relative to `projectRoot`)
 */
export function firstAdded(projectRoot: string, files: readonly string[]): FirstAdded {
  const times = new Map<string, number>();
  if (files.length === 0) return times;
  // --no-renames: a renamed file counts as added under its new name, which is when its id appeared.
  // --relative: paths relative to projectRoot even when it is a folder inside the repository.
  const result = spawnSync(
    'git',
    [
      '-c',
      'core.quotePath=false',
      'log',
      '--no-renames',
      '--diff-filter=A',
      '--format=%x00%ct',
      '--name-only',
      '--relative',
      '--',
      ...files,
    ],
    { cwd: projectRoot, encoding: 'utf8', maxBuffer: 1 << 26, stdio: ['ignore', 'pipe', 'ignore'] },
  );
  if (result.status !== 0 || typeof result.stdout !== 'string') return times;
  for (const commit of result.stdout.split('\0')) {
    const [time, ...names] = commit.split('\n').filter((line) => line !== '');
    const seconds = Number(time);
    if (!Number.isFinite(seconds)) continue;
    // git log lists newest first; the earliest addition wins.
    for (const name of names) times.set(name, Math.min(seconds, times.get(name) ?? Infinity));
  }
  return times;
}

/**
 * Which of two files to blame for a clash: the one added later, or an uncommitted one next to a
 * committed one. Both when neither has history or both were added in the same commit.
 */
export function newerOf(a: string, b: string, history: FirstAdded): readonly string[] {
  const timeA = history.get(a);
  const timeB = history.get(b);
  if (timeA === timeB) return [a, b];
  if (timeA === undefined) return [a];
  if (timeB === undefined) return [b];
  return timeA > timeB ? [a] : [b];
}
