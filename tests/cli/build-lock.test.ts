/**
 * One build of a project at a time (src/cli/build-lock.ts): a second build waits for the first and
 * says why, and a lock left by a process that has gone is taken over.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildLockFile, withBuildLock } from '../../src/cli/build-lock.ts';

const root = mkdtempSync(path.join(tmpdir(), 'casefile-lock-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the build lock', () => {
  it('makes a second build wait until the first has finished, and says so once', async () => {
    const order: string[] = [];
    const said: string[] = [];
    let finishFirst!: () => void;
    const first = withBuildLock(
      root,
      async () => {
        order.push('first starts');
        await new Promise<void>((resolve) => (finishFirst = resolve));
        order.push('first ends');
      },
      (line) => said.push(line),
      10,
    );
    await tick(20);
    const second = withBuildLock(
      root,
      async () => void order.push('second runs'),
      (line) => said.push(line),
      10,
    );
    await tick(100);
    expect(order).toEqual(['first starts']);
    finishFirst();
    await Promise.all([first, second]);
    expect(order).toEqual(['first starts', 'first ends', 'second runs']);
    expect(said).toEqual([`waiting for the build of this project in process ${process.pid} to finish`]);
    expect(existsSync(buildLockFile(root))).toBe(false);
  });

  it('waits for another running process, and goes on once that process has gone', async () => {
    const holder = spawn('sleep', ['30']);
    mkdirSync(path.dirname(buildLockFile(root)), { recursive: true });
    writeFileSync(buildLockFile(root), String(holder.pid));
    let ran = false;
    const build = withBuildLock(
      root,
      async () => void (ran = true),
      () => {},
      10,
    );
    await tick(100);
    expect(ran).toBe(false);
    holder.kill();
    await new Promise((resolve) => holder.once('exit', resolve));
    await build;
    expect(ran).toBe(true);
  });

  it('takes over at once a lock whose process has already gone', async () => {
    const gone = spawnSync('true').pid;
    writeFileSync(buildLockFile(root), String(gone));
    const said: string[] = [];
    expect(
      await withBuildLock(
        root,
        async () => 'built',
        (line) => said.push(line),
        10,
      ),
    ).toBe('built');
    expect(said).toEqual([]);
  });
});
