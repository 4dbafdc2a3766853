import { http, HttpResponse } from 'msw';
import { filterProblemIssues, type FilterProblem } from '../src/contract/claim-filter-params';
import { keepIds, parseClaimListParams } from '../src/contract/claim-list-params';
import { pageOf } from '../src/contract/claim-pages';
import type { ClaimFilters } from '../src/contract/claim-filters';
import { parseSummaryParams } from '../src/contract/claim-summary';
import { summarizeClaims } from '../src/contract/summarize-claims';
import { exportMeta, exportResponse, parseExportParams } from '../src/contract/claim-export';
import { comparisonAnswer, parseCompareParams } from '../src/contract/claim-comparison';
import { selectWithOrigins } from '../src/contract/origins/select-with-origins';
import { derivedClaim } from '../src/contract/origins/origin-answers';
import { mockDataset, mockOriginDecisions, mockView } from './mock-db';
import { sourceSummaries } from '../src/contract/source-summaries';
import { canonicalSourceParams } from '../src/contract/sources/resolve-source';
import { errorResponse } from './api-error-response';
import { scenarioHandlers } from './scenarios';
import { originHandlers } from './origin-handlers';
import { gradeHandlers } from './grade-handlers';
import { oembedAnswer } from '../src/contract/embed';

/** Matches the API on any origin, so the app's configurable base URL keeps working. */
const api = (path: string) => `*/api${path}`;

const invalidFilters = (problems: FilterProblem[]) =>
  errorResponse(400, 'invalid_filters', 'Some filter parameters are invalid.', filterProblemIssues(problems));

/** The claims `filters` keep: what the list answers and the summary counts. Old links name the organisation as written; the filter matches entity ids. */
function selectedClaims(filters: ClaimFilters) {
  const { claims, sources } = mockDataset();
  const canonical = { ...filters, source: canonicalSourceParams(filters.source, sources) };
  return selectWithOrigins(
    claims,
    mockView().claims,
    { registry: sources, decisions: mockOriginDecisions() },
    canonical,
  );
}

/**
 * One set of handlers for the browser, Vitest and Playwright: the fault scenarios first (they
 * answer only when a scenario is active, else fall through), then the happy path.
 */
export const handlers = [
  ...scenarioHandlers,
  ...gradeHandlers,
  http.get(api('/claims'), ({ request }) => {
    const { filters, ids, limit, cursor, problems } = parseClaimListParams(new URL(request.url).searchParams);
    if (problems.length > 0) return invalidFilters(problems);
    const claims = keepIds(selectedClaims(filters), ids);
    const page = pageOf(claims, cursor, limit);
    return HttpResponse.json({
      claims: page.items,
      total: mockDataset().claims.length,
      matched: claims.length,
      nextCursor: page.nextCursor,
    });
  }),
  http.get(api('/claims/summary'), ({ request }) => {
    const { filters, period, samples, problems } = parseSummaryParams(new URL(request.url).searchParams);
    if (problems.length > 0) return invalidFilters(problems);
    const claims = selectedClaims(filters);
    return HttpResponse.json({
      charts: summarizeClaims(claims, mockDataset().metrics, { period, samples }),
      matched: claims.length,
      total: mockDataset().claims.length,
    });
  }),
  http.get(api('/claims/compare'), ({ request }) => {
    const { filters, window, problems } = parseCompareParams(new URL(request.url).searchParams);
    if (problems.length > 0) return invalidFilters(problems);
    return HttpResponse.json(
      comparisonAnswer(selectedClaims({ ...filters, metric: undefined }), filters.metric, window),
    );
  }),
  http.get(api('/claims/export'), ({ request }) => {
    const { filters, format, locale, problems } = parseExportParams(new URL(request.url).searchParams);
    if (problems.length > 0) return invalidFilters(problems);
    const claims = selectedClaims(filters);
    const meta = exportMeta({
      filters,
      claimCount: claims.length,
      totalClaims: mockDataset().claims.length,
      exportedAt: new Date(),
      view: request.url,
      locale,
    });
    const metricLabels = new Map(mockDataset().metrics.map((m) => [m.id, m.label]));
    return exportResponse(format, { claims, meta, metricLabels, origins: mockView().origins }, filters);
  }),
  http.get(api('/claims/:id'), ({ params }) => {
    const claim = derivedClaim(mockView(), String(params.id));
    return claim
      ? HttpResponse.json(claim)
      : errorResponse(404, 'not_found', `No claim has the id "${String(params.id)}".`);
  }),
  http.get(api('/metrics'), () => HttpResponse.json({ metrics: mockDataset().metrics })),
  http.get(api('/oembed'), ({ request }) => {
    const url = new URL(request.url);
    const answer = oembedAnswer(url.searchParams, url.origin, mockDataset().metrics);
    return 'status' in answer ? errorResponse(answer.status, answer.code, answer.message) : HttpResponse.json(answer);
  }),
  http.get(api('/events'), () => HttpResponse.json({ events: mockDataset().events })),
  http.get(api('/sources'), () =>
    HttpResponse.json({ sources: sourceSummaries(mockView().claims, mockDataset().sources) }),
  ),
  ...originHandlers,
  // Merges are recorded by the real server only; the page says so instead of pretending.
  http.get(api('/sources/merges'), () => errorResponse(501, 'not_supported', 'Merging sources needs the real server')),
  http.post(api('/sources/merge'), () => errorResponse(501, 'not_supported', 'Merging sources needs the real server')),
  // The OpenAPI builder (zod-openapi) loads on the first request for the document, not with the mock API.
  http.get(api('/openapi.json'), async () =>
    HttpResponse.json((await import('../src/contract/openapi')).buildOpenApiDocument()),
  ),
  // The mock API is read-only: it says so, and the dashboard hides every editing control.
  http.get(api('/session'), () => HttpResponse.json({ writes: false, user: null })),
  http.get(api('/briefings'), () => HttpResponse.json({ briefings: [] })),
  // Last: a read of no endpoint gets the server's 404, not the page a static host would serve for it.
  http.get(api('/*'), ({ request }) =>
    errorResponse(404, 'not_found', `No such endpoint: GET ${new URL(request.url).pathname}`),
  ),
];
