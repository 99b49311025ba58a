import type { Stats } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locale } from '@law-report/core';
import { readFailure } from './read-failure.js';
import { t } from './messages.js';

/** What a walk of a folder does with each entry it meets. */
export interface FolderVisitor {
  /** A regular file, or a link to one (by the link's own path and name). */
  readonly file: (path: string) => void;
  /** An entry that is not read, and why, in the clerk's language: every one is said, none dropped unsaid. */
  readonly skip: (path: string, reason: string) => void;
  /** Entries left out unsaid by name (hidden files, Word's lock files), as a file manager hides them. */
  readonly leaveOut?: (name: string) => boolean;
}

/**
 * Walks `directory` recursively in name order. A link to a regular file is read like a file; a
 * link to a folder is not followed (a link to its own parent would never end) and goes to `skip`
 * with why, as do a link that leads nowhere and anything that is no regular file (a pipe, a
 * device, a socket), which could hang or never end a read.
 *
 * @example await walkFolder('reports', { file: (path) => files.push(path), skip: (path, why) => said.push([path, why]) }, 'zh-CN')
 */
export async function walkFolder(directory: string, visitor: FolderVisitor, locale: Locale): Promise<void> {
  const entries = await readdir(directory, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (visitor.leaveOut?.(entry.name)) continue;
    const path = join(directory, entry.name);
    if (entry.isDirectory()) await walkFolder(path, visitor, locale);
    else if (entry.isFile()) visitor.file(path);
    else if (entry.isSymbolicLink()) {
      let info: Stats;
      try {
        info = await stat(path);
      } catch (error) {
        visitor.skip(path, readFailure(error, locale));
        continue;
      }
      if (info.isDirectory()) visitor.skip(path, t(locale, 'folderLink'));
      else if (info.isFile()) visitor.file(path);
      else visitor.skip(path, t(locale, 'notRegularFile'));
    } else visitor.skip(path, t(locale, 'notRegularFile'));
  }
}
