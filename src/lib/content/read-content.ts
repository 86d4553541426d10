/**
 * Find the entry files under `content/` and decode them into text.
 *
 * Decoding is strict on what would corrupt the site and lenient on what editors' tools add
 * harmlessly: a UTF-8 byte-order mark and CRLF line endings are removed, so such a file renders
 * exactly like the clean one; bytes that are not UTF-8, NUL bytes (a binary file named `.md`) and
 * oversized files are reported, never guessed at.
 */
import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { COLLECTION_NAMES, type CollectionName } from '../../schemas/entity-ref.ts';
import { diagnostic, START_OF_FILE, type Diagnostic } from '../diagnostics.ts';
import { didYouMean } from '../suggest.ts';

/**
 * A Markdown entry is at most this large. The longest real entry (the story) is about 25 KiB; the
 * cap bounds the parse time of pathological input (see src/lib/markdown-limits.ts).
 */
export const MAX_ENTRY_BYTES = 256 * 1024;

/** Files under content/ that are documentation for editors, not entries. */
const EDITOR_DOCS = new Set(['README.md']);

export interface ContentFile {
  readonly collection: CollectionName;
  /** Path from the project root with forward slashes, as printed in messages. */
  readonly file: string;
  /** Absolute path on disk. */
  readonly absolutePath: string;
  /** File name without the folder. */
  readonly fileName: string;
}

export interface DecodedFile {
  readonly text?: string;
  readonly diagnostics: readonly Diagnostic[];
}

function isCollectionName(name: string): name is CollectionName {
  return (COLLECTION_NAMES as readonly string[]).includes(name);
}

/**
 * List every entry file, sorted by path, plus a problem for anything that cannot be an entry: an
 * unknown folder, a stray file, a nested folder.
 *
 * @param contentDir absolute path of the content folder
 * @param projectRoot absolute path that printed file names are relative to
 */
export async function listContentFiles(
  contentDir: string,
  projectRoot: string,
): Promise<{ files: ContentFile[]; diagnostics: Diagnostic[] }> {
  const files: ContentFile[] = [];
  const diagnostics: Diagnostic[] = [];
  const display = (absolute: string) => path.relative(projectRoot, absolute).split(path.sep).join('/');

  let top;
  try {
    top = await readdir(contentDir, { withFileTypes: true });
  } catch {
    diagnostics.push(
      diagnostic(display(contentDir), START_OF_FILE, 'unknown-collection', 'the content folder does not exist; create it with one folder per collection'),
    );
    return { files, diagnostics };
  }

  for (const entry of top.sort((a, b) => compare(a.name, b.name))) {
    const absolute = path.join(contentDir, entry.name);
    if (entry.name.startsWith('.')) continue;
    if (!entry.isDirectory()) {
      if (!EDITOR_DOCS.has(entry.name)) {
        diagnostics.push(
          diagnostic(display(absolute), START_OF_FILE, 'unknown-collection', `entries go in a collection folder (${COLLECTION_NAMES.join(', ')}), not directly in content/; move this file`),
        );
      }
      continue;
    }
    if (!isCollectionName(entry.name)) {
      diagnostics.push(
        diagnostic(
          display(absolute),
          START_OF_FILE,
          'unknown-collection',
          `"${entry.name}" is not a collection folder.${didYouMean(entry.name, COLLECTION_NAMES)} The folders are: ${COLLECTION_NAMES.join(', ')}`,
        ),
      );
      continue;
    }
    const collection = entry.name;
    const children = await readdir(absolute, { withFileTypes: true });
    // A name from readdir holds no separator: the folder's printed path is worked out once, not
    // once for each of 20,000 files.
    const folder = display(absolute);
    const shown = (name: string) => (folder === '' ? name : `${folder}/${name}`);
    for (const child of children.sort((a, b) => compare(a.name, b.name))) {
      const childPath = path.join(absolute, child.name);
      // Hidden files are editors' and systems' own (.DS_Store, swap files); a hidden .md file is
      // still read, so that its invalid name is reported rather than silently skipped.
      const hidden = child.name.startsWith('.') && !child.name.toLowerCase().endsWith('.md');
      if (hidden || EDITOR_DOCS.has(child.name)) continue;
      if (child.isSymbolicLink()) {
        // A link could point anywhere on the machine, including outside the project.
        diagnostics.push(
          diagnostic(shown(child.name), START_OF_FILE, 'unreadable-file', 'a symbolic link: entries must be real files in content/; replace the link with the file itself'),
        );
      } else if (child.isFile() && child.name.toLowerCase().endsWith('.md')) {
        files.push({ collection, file: shown(child.name), absolutePath: childPath, fileName: child.name });
      } else {
        const what = child.isDirectory() ? 'a folder' : 'not a .md file';
        diagnostics.push(
          diagnostic(shown(child.name), START_OF_FILE, 'unknown-collection', `${what}: each entry is one .md file directly in content/${collection}/; move or rename it`),
        );
      }
    }
  }
  return { files, diagnostics };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Read a file's bytes, or explain why it cannot be an entry.
 *
 * Synchronous on purpose: one file open at a time, so a folder larger than the open-file limit
 * never fails with EMFILE, and at 20,000 small files a plain loop reads in 0.15 s what
 * promise-based reads with 64 in flight took 0.9 s to read (libuv's round trips, not the disk).
 */
export function readContentBytes(
  file: ContentFile,
): { bytes: Uint8Array; modifiedMs: number } | { diagnostics: readonly Diagnostic[] } {
  let info;
  let bytes;
  let fd;
  try {
    // One open file for the size and the bytes: a separate stat() by path was a tenth of a
    // warm check's time at 5,000 entries.
    fd = openSync(file.absolutePath, 'r');
    info = fstatSync(fd);
    if (info.size <= MAX_ENTRY_BYTES) bytes = readFileSync(fd);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    return {
      diagnostics: [diagnostic(file.file, START_OF_FILE, 'unreadable-file', `the file cannot be read (${code}); check that it exists and that you may read it`)],
    };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  if (bytes === undefined) {
    return {
      diagnostics: [
        diagnostic(file.file, START_OF_FILE, 'unreadable-file', `the file is ${Math.round(info.size / 1024)} KiB; an entry may be at most ${MAX_ENTRY_BYTES / 1024} KiB. Split it or move bulk material to a source`),
      ],
    };
  }
  return { bytes, modifiedMs: info.mtimeMs };
}

/** Read a file and decode it, or explain why it cannot be an entry. */
export function readContentFile(file: ContentFile): DecodedFile {
  const read = readContentBytes(file);
  return 'bytes' in read ? decodeEntryBytes(file.file, read.bytes) : read;
}

/** Decode the bytes of an entry (exported for tests and fuzzing). */
export function decodeEntryBytes(fileName: string, bytes: Uint8Array): DecodedFile {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return {
      diagnostics: [
        diagnostic(fileName, START_OF_FILE, 'unreadable-file', 'the file is saved as UTF-16; re-save it as UTF-8 (most editors offer this under "Save with encoding")'),
      ],
    };
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    const { line, column } = positionOfByte(bytes, nul);
    return {
      diagnostics: [
        diagnostic(fileName, { line, column }, 'unreadable-file', 'the file contains a NUL byte, so it is binary, not Markdown text; replace it with a text .md file'),
      ],
    };
  }
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    const bad = firstInvalidUtf8Byte(bytes);
    const { line, column } = positionOfByte(bytes, bad);
    return {
      diagnostics: [
        diagnostic(fileName, { line, column }, 'unreadable-file', `byte 0x${bytes[bad]!.toString(16).padStart(2, '0')} at offset ${bad} is not valid UTF-8; re-save the file as UTF-8`),
      ],
    };
  }
  // TextDecoder already dropped a leading BOM (ignoreBOM: false); CRLF and lone CR become LF.
  return { text: text.replace(/\r\n?/g, '\n'), diagnostics: [] };
}

/**
 * One strict decoder for every file: making a TextDecoder costs more than decoding a small entry
 * (a tenth of a worker's time per file). A decode that is not streamed starts from a clean state,
 * also after one that threw.
 */
const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

function positionOfByte(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** Offset of the first byte that breaks UTF-8, found by decoding growing prefixes cheaply. */
function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(i, i + length));
    } catch {
      return i;
    }
    i += length;
  }
  return Math.max(0, bytes.length - 1);
}
