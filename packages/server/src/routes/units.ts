import type { FastifyInstance } from 'fastify';
import { allow } from '../http/authorise.js';
import { answers, bearer } from '../http/schemas.js';

/**
 * The roster, for the county's screens: `GET /api/units` (reviewer) →
 * `{ units: [{ name, level, code, parent, deadline }], deadlines: { source, overrides } }`, in the
 * order units were added, with the county's deadlines the server judges by (`serve --deadlines`,
 * null overrides for the statutory defaults), so a screen that checks a report judges lateness
 * as the server and its aggregate do. Units are added with `law-report serve --roster` /
 * `--add-unit`, never over HTTP.
 */
export async function unitRoutes(app: FastifyInstance): Promise<void> {
  app.get(
    '/api/units',
    {
      schema: { summary: '名册：本县应报送的单位（审核人）', security: bearer, response: answers(401, 403) },
      onRequest: allow('reviewer'),
    },
    async () => {
      const judged = await app.judgedBy();
      return {
        units: (await app.store.units()).map(({ name, level, code, parent, deadline }) => ({
          name,
          level,
          code,
          parent,
          deadline,
        })),
        deadlines: { source: judged.source, overrides: judged.given.deadlines ?? null },
      };
    },
  );
}
