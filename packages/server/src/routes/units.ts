import type { FastifyInstance } from 'fastify';
import { allow } from '../http/authorise.js';
import { answers, bearer } from '../http/schemas.js';

/**
 * The roster, for the county's screens: `GET /api/units` (reviewer) →
 * `{ units: [{ name, level, code, parent, deadline }] }`, in the order units were added. Units are
 * added with `law-report serve --roster` / `--add-unit`, never over HTTP.
 */
export async function unitRoutes(app: FastifyInstance): Promise<void> {
  app.get(
    '/api/units',
    {
      schema: { summary: '名册：本县应报送的单位（审核人）', security: bearer, response: answers(401, 403) },
      onRequest: allow('reviewer'),
    },
    async () => ({
      units: (await app.store.units()).map(({ name, level, code, parent, deadline }) => ({
        name,
        level,
        code,
        parent,
        deadline,
      })),
    }),
  );
}
