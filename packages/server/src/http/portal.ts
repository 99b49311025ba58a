import { realpathSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { pipeline } from 'node:stream';
import { createGzip } from 'node:zlib';
import send from '@fastify/send';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/**
 * Whether `path` lies inside `folder` (or is it), both as given: no `..` climbs out of it.
 *
 * @example inside('/srv/portal', '/srv/portal/index.html') // true
 */
export function inside(folder: string, path: string): boolean {
  const rest = relative(folder, path);
  return rest === '' || (!rest.startsWith('..') && !isAbsolute(rest));
}

// The real path, or the path itself when there is nothing there (send answers 404 then); undefined
// when it cannot be resolved (a symlink loop, a name too long): nothing to serve.
const real = (path: string): string | undefined => {
  try {
    return realpathSync(path);
  } catch (failure) {
    const code = (failure as NodeJS.ErrnoException).code;
    return code === 'ENOENT' || code === 'ENOTDIR' ? path : undefined;
  }
};

// What the file system says of a path that names no file to send: answered 404, not 500.
const NO_FILE = new Set(['ENOENT', 'ENOTDIR', 'ELOOP', 'ENAMETOOLONG', 'EISDIR', 'EACCES', 'EPERM']);

// What a browser takes gzipped: the portal's pages, scripts, styles, JSON and SVG (images and fonts are
// compressed already). Below a kilobyte gzip saves less than its own header costs.
const COMPRESSIBLE = /^(?:text\/|application\/(?:javascript|json|manifest\+json|xml)|image\/svg\+xml)/;
const WORTH_COMPRESSING = 1024;

/**
 * Whether an `Accept-Encoding` header takes gzip: named (or `*`) without `q=0`.
 *
 * @example acceptsGzip('gzip, deflate, br') // true
 * @example acceptsGzip('gzip;q=0, identity') // false
 */
export function acceptsGzip(header: string | undefined): boolean {
  if (!header) return false;
  let named: boolean | undefined;
  let any = false;
  for (const entry of header.split(',')) {
    const [coding = '', ...parameters] = entry.split(';').map((part) => part.trim().toLowerCase());
    const q = parameters.find((parameter) => parameter.startsWith('q='));
    const refused = q !== undefined && Number(q.slice(2)) === 0;
    if (coding === 'gzip') named = !refused;
    else if (coding === '*') any = !refused;
  }
  return named ?? any;
}

/**
 * Serves a built portal at `/` the safe way: never a dotfile or a file in a dot folder (`.env`,
 * `.git/config`, `.data/law-report.sqlite` answer 404), and only files that really lie inside the
 * folder (a symlink out of it, to `/etc/passwd` or the database, answers 404 too). A folder's
 * address serves its `index.html`. Files are sent by `@fastify/send` (what `@fastify/static` sends
 * with: types, ETag, Last-Modified, ranges, HEAD); a symlink loop or to nowhere answers 404 as well.
 * The guard above is this function's own, checked on the decoded path before anything is read. Without `@fastify/static`, whose dependencies ask
 * for Node 22 (docs/decisions/2026-12-05-server-dependencies-on-node-20.md).
 * Text files of a kilobyte or more go gzipped to a browser that takes it (a phone on a slow line downloads the
 * form's script in a third of the time), with `Vary: Accept-Encoding`; the ETag stays send's weak one, the same
 * content in either encoding, so a cached copy is still answered 304. A range request is answered as is.
 *
 * @example await app.register(portalFiles, { root: '/srv/portal/dist' })
 */
export async function portalFiles(app: FastifyInstance, options: { readonly root: string }): Promise<void> {
  const root = real(options.root) ?? options.root;
  // A decoded path the portal may answer: no dot segment (a dotfile, a dot folder, `.` or `..`), no
  // NUL, no backslash, and what it names really inside the folder once symlinks are resolved.
  const allowed = (path: string) =>
    !/[\0\\]/.test(path) &&
    !path.split('/').some((part) => part.startsWith('.')) &&
    inside(root, real(join(root, path)) ?? '/');
  const serve = async (
    request: FastifyRequest,
    reply: FastifyReply,
    pathname: string,
    again: boolean,
  ): Promise<FastifyReply | void> => {
    let path: string;
    try {
      path = decodeURIComponent(pathname);
    } catch {
      return reply.callNotFound();
    }
    if (!allowed(path)) return reply.callNotFound();
    // send decodes the path itself: it is given as the request wrote it.
    const result = await send(request.raw, pathname, { root, index: ['index.html'], dotfiles: 'ignore' });
    // A folder named without its slash: its index.html, as with one (once; never a redirect).
    if (result.type === 'directory') return again ? reply.callNotFound() : serve(request, reply, `${pathname}/`, true);
    if (result.type === 'error') {
      const code = (result.metadata.error as NodeJS.ErrnoException | undefined)?.code;
      if (result.statusCode === 404 || result.statusCode === 403 || (code !== undefined && NO_FILE.has(code)))
        return reply.callNotFound();
      throw result.metadata.error;
    }
    const headers = result.headers as Record<string, string | number | undefined>;
    const type = String(headers['Content-Type'] ?? '');
    if (!COMPRESSIBLE.test(type)) return reply.code(result.statusCode).headers(headers).send(result.stream);
    const gzip =
      result.statusCode === 200 &&
      request.method === 'GET' &&
      request.headers.range === undefined &&
      Number(headers['Content-Length'] ?? 0) >= WORTH_COMPRESSING &&
      acceptsGzip(request.headers['accept-encoding']);
    if (!gzip)
      return reply
        .code(result.statusCode)
        .headers({ ...headers, Vary: 'Accept-Encoding' })
        .send(result.stream);
    // The zipped answer has a length of its own, and no byte ranges of it are offered.
    const { 'Content-Length': _length, 'Accept-Ranges': _ranges, ...rest } = headers;
    // A read that fails half way ends the answer (pipeline destroys both streams); nothing is left open.
    const body = pipeline(result.stream, createGzip(), () => {});
    return reply
      .code(200)
      .headers({ ...rest, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' })
      .send(body);
  };
  app.get('/*', (request, reply) => serve(request, reply, (request.raw.url ?? '/').split('?', 1)[0] ?? '/', false));
}
