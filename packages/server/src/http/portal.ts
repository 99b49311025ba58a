import { realpathSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import serveStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/**
 * Whether `path` lies inside `folder` (or is it), both as given: no `..` climbs out of it.
 *
 * @example inside('/srv/portal', '/srv/portal/index.html') // true
 */
export function inside(folder: string, path: string): boolean {
  const rest = relative(folder, path);
  return rest === '' || (!rest.startsWith('..') && !isAbsolute(rest));
}

// The real path, or the path itself when there is nothing there yet (send answers 404 then).
const real = (path: string) => {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
};

/**
 * Serves a built portal at `/` the safe way: never a dotfile or a file in a dot folder (`.env`,
 * `.git/config`, `.data/law-report.sqlite` answer 404), and only files that really lie inside the
 * folder (a symlink out of it, to `/etc/passwd` or the database, answers 404 too).
 *
 * @example await app.register(portalFiles, { root: '/srv/portal/dist' })
 */
export async function portalFiles(app: FastifyInstance, options: { readonly root: string }): Promise<void> {
  const root = real(options.root);
  await app.register(serveStatic, {
    root,
    prefix: '/',
    index: ['index.html'],
    dotfiles: 'ignore',
    allowedPath: (pathname) => !pathname.split('/').some((part) => part.startsWith('.')) && inside(root, real(join(root, pathname))),
  });
}
