/**
 * The worker pool (src/lib/pipeline/pool.ts) keeps two tasks in flight per worker. A task that
 * overruns its budget is stopped with its worker; the task that was waiting behind it on that
 * worker is loaded by the fresh worker, never lost or blamed for the overrun.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../../src/lib/diagnostics.ts';
import { closeSharedPool, FilePool, sharedPool } from '../../../src/lib/pipeline/pool.ts';
import type { FileTask } from '../../../src/lib/pipeline/protocol.ts';

const settings = { workers: 1, budgetMs: 500, memoryMb: 256 };
const pool = new FilePool(settings);
afterAll(() => pool.close());

const HEADER = '---\nname: {NAME}\nkind: person\nrole: A person.\nsources: [gov-release]\n---\n';

function task(id: string, body: string): FileTask {
  const file = `content/actors/${id}.md`;
  return {
    source: { collection: 'actors', file, absolutePath: `/nowhere/${id}.md`, fileName: `${id}.md` },
    bytes: new TextEncoder().encode(HEADER.replace('{NAME}', id) + body),
    base: '/',
  };
}

describe('the worker pool', () => {
  it('loads the tasks queued behind an overrun on the fresh worker, each with its own result', async () => {
    // Quadratic for micromark (issue 13): far more than 500 ms of parsing.
    const slow = task('slow', '*a'.repeat(120_000));
    const results = await Promise.all([
      pool.run(slow),
      pool.run(task('after-slow', 'Said plainly.\n')),
      pool.run(task('last', 'Said again.\n')),
    ]);
    expect(results.map((result) => result.diagnostics.map(formatDiagnostic))).toEqual([
      [
        'content/actors/slow.md:1:1  the body took more than 0.5 s to parse; split it or simplify its markup  [too-complex]',
      ],
      [],
      [],
    ]);
    expect(results.map((result) => result.loaded.entity?.id)).toEqual([undefined, 'after-slow', 'last']);
    expect(results[2]!.loaded.entity?.html).toContain('Said again.');
  }, 30_000);

  it('answers many tasks in order of their files, with no task lost', async () => {
    const ids = Array.from({ length: 40 }, (_, i) => `person-${i}`);
    const results = await Promise.all(ids.map((id) => pool.run(task(id, `Person ${id}.\n`))));
    expect(results.map((result) => result.loaded.entity?.id)).toEqual(ids);
  });

  it('starts one worker ahead of any task when warmed, which does not hold the process, and uses it', async () => {
    const warmed = new FilePool({ ...settings, workers: 2 });
    try {
      warmed.warm();
      warmed.warm();
      expect(warmed.started).toBe(1);
      expect(warmed.busy).toBe(false);
      expect((await warmed.run(task('warmed', 'Warm.\n'))).loaded.entity?.id).toBe('warmed');
      // One task needs one worker: the warm one took it.
      expect(warmed.started).toBe(1);
    } finally {
      await warmed.close();
    }
  });

  it('closes the shared pool between stages, and a later stage gets a fresh one that works', async () => {
    const first = sharedPool(settings);
    expect((await first.run(task('before', 'Before.\n'))).loaded.entity?.id).toBe('before');
    await closeSharedPool();
    const second = sharedPool(settings);
    expect(second).not.toBe(first);
    expect((await second.run(task('after', 'After.\n'))).loaded.entity?.id).toBe('after');
    await closeSharedPool();
  });
});
