/**
 * A hash of everything that decides what loading a file produces, besides the file itself: the
 * source of the pipeline (every module the worker imports, found by following its imports, plus
 * all of src/schemas/ and src/markdown/), the installed version of every package those modules
 * use and of everything those packages depend on, Node's version, the site's base and the budget.
 * The per-file cache and the content loader's digest both include it, so a changed schema,
 * plugin or dependency is never answered from an old result (issue 14, item 7).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PipelineSettings } from './settings.ts';

/** The project the code lives in (not the content's project, which tests put in temp folders). */
export const CODE_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** Folders hashed whole, whatever the worker's imports say. */
const WHOLE_FOLDERS = ['src/schemas', 'src/markdown'];
const ENTRY = 'src/lib/pipeline/worker.ts';

/** `from '…'`, `import '…'` and `import('…')` specifiers in a module's source. */
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(?\s*)(['"])([^'"\n]+)\1/g;

function packageName(specifier: string): string | undefined {
  if (specifier.startsWith('.') || specifier.startsWith('/') || specifier.startsWith('node:')) return undefined;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** Every local module reachable from the worker, plus the whole folders, and the packages they import. */
export function pipelineSources(root: string = CODE_ROOT): { files: string[]; packages: string[] } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const pending = [path.join(root, ENTRY)];
  for (const folder of WHOLE_FOLDERS) {
    const absolute = path.join(root, folder);
    if (!existsSync(absolute)) continue;
    for (const name of readdirSync(absolute, { recursive: true, encoding: 'utf8' })) {
      if (/\.(?:ts|js|mjs)$/.test(name)) pending.push(path.join(absolute, name));
    }
  }
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (files.has(file) || !existsSync(file)) continue;
    files.add(file);
    for (const match of readFileSync(file, 'utf8').matchAll(SPECIFIER)) {
      const specifier = match[2]!;
      if (specifier.startsWith('.')) pending.push(path.resolve(path.dirname(file), specifier));
      else {
        const name = packageName(specifier);
        if (name) packages.add(name);
      }
    }
  }
  return { files: [...files].sort(), packages: [...packages].sort() };
}

interface LockEntry {
  readonly version?: string;
  readonly dependencies?: Record<string, string>;
  readonly optionalDependencies?: Record<string, string>;
  readonly peerDependencies?: Record<string, string>;
}

/**
 * `name@version` for each package and everything it depends on, from the installed tree's
 * lockfile (npm writes node_modules/.package-lock.json on every install) or package-lock.json.
 */
export function installedVersions(root: string, names: readonly string[]): string[] {
  const hidden = path.join(root, 'node_modules', '.package-lock.json');
  const lockFile = existsSync(hidden) ? hidden : path.join(root, 'package-lock.json');
  if (!existsSync(lockFile)) return [];
  const lock = JSON.parse(readFileSync(lockFile, 'utf8')) as { packages?: Record<string, LockEntry> };
  const entries = lock.packages ?? {};
  const seen = new Map<string, string>();
  const pending = names.map((name) => ({ name, from: '' }));
  while (pending.length > 0) {
    const { name, from } = pending.pop()!;
    // A nested copy under the dependent package wins, as in Node's resolution.
    const nested = from ? `${from}/node_modules/${name}` : '';
    const key = nested && entries[nested] ? nested : `node_modules/${name}`;
    const entry = entries[key];
    if (!entry || seen.has(key)) continue;
    seen.set(key, `${key}@${entry.version ?? '?'}`);
    const deps = { ...entry.dependencies, ...entry.optionalDependencies, ...entry.peerDependencies };
    for (const dep of Object.keys(deps)) pending.push({ name: dep, from: key });
  }
  return [...seen.values()].sort();
}

export interface PipelineHashOptions {
  readonly base: string;
  readonly settings: Pick<PipelineSettings, 'budgetMs' | 'memoryMb'>;
  /** The code's project folder; tests point it at a copy. */
  readonly root?: string;
}

export function pipelineHash(options: PipelineHashOptions): string {
  const root = options.root ?? CODE_ROOT;
  const hash = createHash('sha256');
  const { files, packages } = pipelineSources(root);
  for (const file of files) {
    hash.update(`${path.relative(root, file)}\0`);
    hash.update(readFileSync(file));
    hash.update('\0');
  }
  for (const version of installedVersions(root, packages)) hash.update(`${version}\0`);
  hash.update(`node ${process.version}\0base ${options.base}\0`);
  hash.update(`budget ${options.settings.budgetMs} ms ${options.settings.memoryMb} MB\0`);
  return hash.digest('hex').slice(0, 32);
}
