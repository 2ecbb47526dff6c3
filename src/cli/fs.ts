// File access for CLI commands that write: strict UTF-8 reads (a file with invalid bytes is
// never rewritten, since decoding replaced them) and atomic writes (a temp file in the same
// directory, flushed, then renamed over the target: a reader sees the old file or the new
// one, never half of one, even if the process dies mid-write).
import { closeSync, fsyncSync, openSync, readFileSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

export type ReadResult =
  | { ok: true; text: string }
  | { ok: false; reason: string };

/** Why a file system call failed, in words. */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT': return 'no such file or directory';
    case 'EISDIR': return 'is a directory';
    case 'EACCES':
    case 'EPERM': return 'permission denied';
    default: return code ? code.toLowerCase() : String((error as Error)?.message ?? error);
  }
}

/** The file as UTF-8 text; refuses files over maxBytes (checked before reading) and invalid UTF-8. */
export function readUtf8File(path: string, maxBytes = Infinity): ReadResult {
  try {
    const size = statSync(path).size;
    if (size > maxBytes) return { ok: false, reason: `file is too large (${size} bytes; the limit is ${maxBytes})` };
    const bytes = readFileSync(path);
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch (error) {
    if (error instanceof TypeError) return { ok: false, reason: 'file is not valid UTF-8' };
    return { ok: false, reason: `cannot read file: ${describeFsError(error)}` };
  }
}

/**
 * Replaces the file at `path` with `text` atomically, keeping its permissions. When
 * `expectedCurrent` is given, first checks that the file still holds exactly that (someone may
 * have saved it meanwhile) and throws instead of overwriting their change.
 */
export function writeFileAtomic(path: string, text: string, expectedCurrent?: string): void {
  let mode = 0o644;
  try {
    mode = statSync(path).mode & 0o7777;
  } catch {
    // A new file: default permissions.
  }
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const fd = openSync(temp, 'wx', mode);
  try {
    const bytes = Buffer.from(text, 'utf8');
    let written = 0;
    while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    unlinkSync(temp);
    throw error;
  }
  closeSync(fd);
  try {
    if (expectedCurrent !== undefined && readFileSync(path, 'utf8') !== expectedCurrent) {
      throw new Error(`${path} changed while it was being checked; not overwriting it`);
    }
    renameSync(temp, path);
  } catch (error) {
    try { unlinkSync(temp); } catch { /* already gone */ }
    throw error;
  }
}
