import { constants } from 'node:fs';
import { type FileHandle, open } from 'node:fs/promises';

/** Thrown for a path that is a pipe, a device or a socket: its `code` is `ENOTREG`, which `readFailure` words. */
export class NotRegularFileError extends Error {
  override readonly name = 'NotRegularFileError';
  readonly code: 'ENOTREG' | 'EISDIR';
  constructor(path: string, directory: boolean) {
    super(`not a regular file: ${path}`);
    this.code = directory ? 'EISDIR' : 'ENOTREG';
  }
}

/**
 * Opens `path` for reading if it is a regular file. Opened without blocking, so a named pipe
 * with no writer is refused at once instead of waited on for ever; a device (/dev/zero) is
 * refused before a byte is read. The caller closes the handle.
 *
 * @throws NotRegularFileError for a pipe, device, socket or folder; Node's error (with its `code`) when it cannot be opened
 * @example const handle = await openRegularFile('report.json')
 */
export async function openRegularFile(path: string): Promise<FileHandle> {
  const handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new NotRegularFileError(path, info.isDirectory());
    return handle;
  } catch (error) {
    await handle.close();
    throw error;
  }
}

/**
 * The bytes of `path` if it is a regular file (see {@link openRegularFile}).
 *
 * @throws NotRegularFileError for a pipe, device, socket or folder; Node's error when it cannot be read
 * @example const bytes = await readRegularFile('roster.csv')
 */
export async function readRegularFile(path: string): Promise<Buffer> {
  const handle = await openRegularFile(path);
  try {
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}
