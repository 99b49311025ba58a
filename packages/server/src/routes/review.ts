import { validateReport } from '@law-report/core';
import type { FastifyInstance } from 'fastify';
import { chinaDay } from '../china-day.js';
import { allow, readableReport, recordOf, tokenOf } from '../http/authorise.js';
import { answers, bearer, error, idParams } from '../http/schemas.js';
import { strictBody } from '../http/strict-input.js';
import { conflict, notReady, say } from '../messages.js';
import { StateConflict, VersionConflict } from '../store/store.js';
import { CONFIRMATION_ISSUE, TRANSITIONS } from '../workflow.js';

/**
 * The county's steps, one route each, from the table of transitions (workflow.ts): who may take
 * it, the states it may follow, whether it needs a reason, what it checks first.
 * `POST /api/reports/:id/{return|file|publish|unpublish}` `{ reason?, version? }` → the report's record;
 * with `version`, 409 `version_conflict` when it is no longer the latest. 公开 also needs the
 * reviewer's `confidentialityReviewed: true` (422 `confidentiality_unconfirmed` otherwise), kept in
 * the history with who and when; 备案 takes the same confirmation, which stands for the report's own
 * 保密审查 mark in both steps' check (422 `confidentiality_unconfirmed` when it is all that is missing).
 */
export async function reviewRoutes(app: FastifyInstance): Promise<void> {
  const { store } = app;
  for (const transition of TRANSITIONS.filter((candidate) => candidate.route.startsWith('POST /api/reports/:id/'))) {
    const { action } = transition;
    const bodySchema = {
      type: 'object',
      properties: {
        reason: { type: 'string', maxLength: 2000 },
        version: { type: 'integer', minimum: 1 },
        // 备案, 公开: the reviewer's own confirmation, kept in the history (the unit's claim in the report does not stand for it at 公开).
        ...(transition.confirms
          ? {
              [transition.confirms]: {
                type: 'boolean',
                description: transition.confirmRequired
                  ? '审核人确认已完成保密审查（须为 true）'
                  : '审核人确认已完成保密审查（报告中没有注明已完成保密审查时须为 true）',
              },
            }
          : {}),
      },
    };
    // What the reviewer sent, read as written: text and true, never the schema's coercion of 12 or "true".
    const strict = strictBody(bodySchema);
    app.post<{
      Params: { id: string };
      Body: { reason?: string; version?: number; confidentialityReviewed?: boolean } | undefined;
    }>(
      `/api/reports/:id/${action}`,
      {
        schema: {
          summary: `${transition.label['zh-CN']}：${transition.note['zh-CN']}`,
          security: bearer,
          params: idParams,
          // `version`: the version the reviewer read; refused (409) when a newer one has come since.
          body: bodySchema,
          response: transition.checks
            ? answers(400, 401, 403, 404, 409, 413, 415, 422)
            : answers(400, 401, 403, 404, 409, 413, 415),
        },
        // No body at all is no reason given.
        preValidation: async (request) => {
          request.body ??= {};
          await strict(request);
        },
        onRequest: allow(transition.who),
        preHandler: readableReport,
      },
      async (request, reply) => {
        const record = recordOf(request);
        // The state first (the transaction checks it again): 409 says more than a 422 would.
        if (!transition.from.includes(record.status))
          return reply.code(409).send(error('conflict', conflict(request.locale, record.status, action)));
        const version = request.body?.version;
        const stale = (latest: number) =>
          reply.code(409).send(
            error(
              'version_conflict',
              say(request.locale, 'versionConflict', {
                latest,
                version: version ?? latest,
                action: transition.label[request.locale],
              }),
            ),
          );
        if (version !== undefined && version !== record.version) return stale(record.version);
        const reason = visibleReason(request.body?.reason);
        if (transition.reason === 'required' && !reason)
          return reply
            .code(400)
            .send(
              error(
                'reason_required',
                say(request.locale, 'reasonRequired', { action: transition.label[request.locale] }),
              ),
            );
        const confirmed = transition.confirms !== null && request.body?.[transition.confirms] === true;
        if (transition.confirmRequired && !confirmed)
          return reply
            .code(422)
            .send(error('confidentiality_unconfirmed', say(request.locale, 'confidentialityUnconfirmed')));
        let publishedOn: string | undefined;
        if (transition.checks) {
          // 备案 asks what 公开 will ask, so a filed report can always be published; in both, the
          // reviewer's confirmation of 保密审查 stands for the report's own mark. The publication date
          // is the day in China the county publishes.
          const latest = await store.latest(record.id);
          publishedOn = chinaDay(app.clock());
          const result = validateReport(
            { ...latest?.report, publishedOn, ...(confirmed ? { confidentialityReviewed: true } : {}) },
            {
              profile: transition.checks,
              locale: request.locale,
              now: app.clock(),
              ...(await app.judgedBy()).given,
              ...(await app.catalogUsed()).given,
            },
          );
          if (!result.ok) {
            // What the reviewer can confirm here is said as such, not as something for the unit to mend.
            const confirmable = transition.confirms ? CONFIRMATION_ISSUE[transition.confirms] : undefined;
            const errors = result.issues.filter((issue) => issue.severity === 'error');
            const onlyConfirmation = errors.every((issue) => issue.code === confirmable);
            return reply.code(422).send({
              // 备案 checks as if published today, but publishes nothing: no publication is late yet.
              issues:
                action === 'publish'
                  ? result.issues
                  : result.issues.filter((issue) => issue.code !== 'late_publication'),
              error: {
                code: onlyConfirmation ? 'confidentiality_unconfirmed' : 'not_ready',
                message: notReady(request.locale, transition.label[request.locale], result.issues, confirmable),
              },
            });
          }
        }
        try {
          const from = transition.from.filter((status) => status !== null);
          return await store.transition(
            record.id,
            from,
            transition.to,
            tokenOf(request).name,
            app.clock().toISOString(),
            reason,
            action === 'publish' ? publishedOn : undefined,
            version,
            confirmed,
          );
        } catch (failure) {
          if (failure instanceof VersionConflict) return stale(failure.latest);
          if (failure instanceof StateConflict)
            return reply.code(409).send(error('conflict', conflict(request.locale, failure.status, action)));
          throw failure;
        }
      },
    );
  }
}

/**
 * A reason as kept: without control and format characters (a zero-width space, a NUL), trimmed;
 * null when nothing visible is left once read as NFKC (a full-width space, a word joiner alone).
 *
 * @example visibleReason(' \u200b请补充\u0000材料 ') // '请补充材料'
 */
export function visibleReason(given: string | undefined): string | null {
  const kept = (given ?? '')
    .replace(/[\p{Cc}\p{Cf}]/gu, (character) => (/[\n\t]/.test(character) ? character : ''))
    .trim();
  const visible = kept.normalize('NFKC').replace(/[\p{White_Space}\p{Z}\p{Cc}\p{Cf}]/gu, '');
  return visible === '' ? null : kept;
}
