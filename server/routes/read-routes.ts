import { Hono, type Context } from 'hono';
import { asArray } from '../../src/contract/chunked-list';
import { claimFiltersToParams, filterProblemIssues, type FilterProblem } from '../../src/contract/claim-filter-params';
import { parseClaimListParams } from '../../src/contract/claim-list-params';
import { pageOf } from '../../src/contract/claim-pages';
import { parseSummaryParams } from '../../src/contract/claim-summary';
import { summarizeClaims, summarizeColumns, summarizeShare } from '../../src/contract/summarize-claims';
import { rememberedColumns } from '../../src/contract/claim-columns';
import { exportMeta, exportResponse, parseExportParams } from '../../src/contract/claim-export';
import { comparisonAnswer, parseCompareParams } from '../../src/contract/claim-comparison';
import { claimsToCount, gradeCounts, parseGradeCountParams } from '../../src/contract/grade-counts';
import { buildOpenApiDocument } from '../../src/contract/openapi';
import { derivedClaim } from '../../src/contract/origins/origin-answers';
import type { ClaimStore } from '../store/claim-store';
import type { AuthVariables } from '../auth/require-role';
import type { SummaryThread } from '../summaries/summary-thread';
import { serialisedCharts, summaryAnswerUtf8, THREAD_SHARE } from '../summaries/summary-task';
import { apiError } from './api-error';
import { jsonAnswer } from './json-answer';
import { notModified, readTag, revalidated } from './read-etag';
import { SerialisedAnswer, sendAnswer } from './cached-answer';
import type { ClaimListCache, ClaimView } from './claim-list-cache';
import { selection } from './claim-selection';

const invalidFilters = (c: Context, problems: FilterProblem[]) =>
  apiError(c, 400, 'invalid_filters', 'Some filter parameters are invalid.', filterProblemIssues(problems));

/**
 * A read answered from the remembered claims: 304 when the client holds this version of it (its tag is the store's
 * version, read once, and `tag`), else the answer for `key`, built once per version.
 */
async function cachedRead(
  c: Context,
  cache: ClaimListCache,
  key: string,
  build: (view: ClaimView, version: string) => unknown | Promise<unknown>,
  tag = key,
): Promise<Response> {
  const version = await cache.version();
  const unchanged = notModified(c, readTag(version, tag));
  if (unchanged) return unchanged;
  return sendAnswer(c, await cache.answer(key, (view) => build(view, version), { synced: true }));
}

/** The read side of the contract, with the same filter schema and semantics as the mock API. */
export function readRoutes(
  store: ClaimStore,
  cache: ClaimListCache,
  { searchIndexFrom, summaryThread }: { searchIndexFrom: number; summaryThread?: SummaryThread },
) {
  return (
    new Hono<{ Variables: AuthVariables }>()
      .get('/claims', async (c) => {
        const { filters, ids, limit, cursor, problems } = parseClaimListParams(new URL(c.req.url).searchParams);
        if (problems.length > 0) return invalidFilters(c, problems);
        const select = await selection(store, filters, searchIndexFrom);
        const page = [ids?.join(',') ?? '*', limit, JSON.stringify(cursor)].join(' ');
        const key = `${claimFiltersToParams(filters).toString()} ${page}`;
        return cachedRead(
          c,
          cache,
          key,
          async (view, version) => {
            // A dashboard lists claims first: a view large enough for the summary thread starts it reading its own.
            summaryThread?.prepare(view.claims.length);
            const claims = await select.claims(view, version, ids);
            const { items, nextCursor } = pageOf(claims, cursor, limit);
            return { claims: items, total: view.claims.length, matched: claims.length, nextCursor };
          },
          `list ${key}`,
        );
      })
      .get('/claims/summary', async (c) => {
        const { filters, period, samples, problems } = parseSummaryParams(new URL(c.req.url).searchParams);
        if (problems.length > 0) return invalidFilters(c, problems);
        const select = await selection(store, filters, searchIndexFrom);
        const key = `summary ${period} ${samples} ${claimFiltersToParams(filters).toString()}`;
        return cachedRead(c, cache, key, async (view, version) => {
          const metrics = await store.reference.listMetrics();
          const positionsNow = await select.positions(view, version);
          if (positionsNow === undefined) {
            const claims = await select.claims(view, version);
            return {
              charts: summarizeClaims(asArray(claims), metrics, { period, samples }),
              matched: claims.length,
              total: view.claims.length,
            };
          }
          // Half of the charts asked of the summary thread first, so that it reads its claims while this one does.
          const asked = summaryThread?.ask(version, new URL(c.req.url).search, view.claims.length) ?? null;
          // Read from the view's columns (read once per view): no claim is read but those whose ids are answered.
          const columns = rememberedColumns(view.claims);
          const positions = positionsNow();
          const matched = positions?.length ?? view.claims.length;
          if (!asked)
            return {
              charts: summarizeColumns(columns, positions, metrics, { period, samples }),
              matched,
              total: view.claims.length,
            };
          const mine = serialisedCharts(
            summarizeShare(columns, positions, metrics, { period, samples }, { part: 0, of: THREAD_SHARE.of }),
          );
          // Declined (its view is of another version): summarised here, from a scan made again (the first one's
          // positions may have been written over while this waited).
          const theirs =
            (await asked) ??
            serialisedCharts(summarizeShare(columns, positionsNow(), metrics, { period, samples }, THREAD_SHARE));
          return new SerialisedAnswer(summaryAnswerUtf8([...mine, ...theirs], matched, view.claims.length));
        });
      })
      .get('/claims/compare', async (c) => {
        const { filters, window, problems } = parseCompareParams(new URL(c.req.url).searchParams);
        if (problems.length > 0) return invalidFilters(c, problems);
        // Every metric's claims: the answer counts them per metric, then compares the one asked for.
        const select = await selection(store, { ...filters, metric: undefined }, searchIndexFrom);
        const key = `compare ${window} ${claimFiltersToParams(filters).toString()}`;
        return cachedRead(c, cache, key, async (view, version) =>
          comparisonAnswer(asArray(await select.claims(view, version)), filters.metric, window),
        );
      })
      .get('/claims/grades', async (c) => {
        const { asof, problems } = parseGradeCountParams(new URL(c.req.url).searchParams);
        if (problems.length > 0) return invalidFilters(c, problems);
        const key = `grades ${asof ?? ''}`;
        return cachedRead(c, cache, key, (view) => gradeCounts(claimsToCount(view.raw, view.claims, asof)));
      })
      // Streamed a chunk at a time: any number of claims, never one string.
      .get('/claims/export', async (c) => {
        const { filters, format, locale, problems } = parseExportParams(new URL(c.req.url).searchParams);
        if (problems.length > 0) return invalidFilters(c, problems);
        const select = await selection(store, filters, searchIndexFrom);
        const view = await cache.view();
        const claims = asArray(await select.claims(view, null));
        const meta = exportMeta({
          filters,
          claimCount: claims.length,
          totalClaims: view.claims.length,
          exportedAt: new Date(),
          view: c.req.url,
          locale,
        });
        const metricLabels = new Map((await store.reference.listMetrics()).map((m) => [m.id, m.label]));
        return exportResponse(format, { claims, meta, metricLabels, origins: view.origins }, filters);
      })
      .get('/claims/:id', async (c) => {
        const unchanged = await revalidated(c, store);
        if (unchanged) return unchanged;
        const claim = derivedClaim(await cache.view(), c.req.param('id'));
        return claim
          ? jsonAnswer(c, claim)
          : apiError(c, 404, 'not_found', `No claim has the id "${c.req.param('id')}".`);
      })
      .get(
        '/metrics',
        async (c) => (await revalidated(c, store)) ?? jsonAnswer(c, { metrics: await store.reference.listMetrics() }),
      )
      .get(
        '/events',
        async (c) => (await revalidated(c, store)) ?? jsonAnswer(c, { events: await store.reference.listEvents() }),
      )
      .get('/openapi.json', (c) => jsonAnswer(c, buildOpenApiDocument()))
      .get('/session', (c) => jsonAnswer(c, { writes: true, user: c.get('user') }))
  );
}
