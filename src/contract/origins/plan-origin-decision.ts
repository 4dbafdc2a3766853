import { formatIssues, issue, type Issue } from '../issue-schema';
import type {
  Origin,
  OriginConfirmRequest,
  OriginDecision,
  OriginMergeRequest,
  OriginSplitRequest,
} from './origin-schema';

/** Why both APIs refuse an origin decision, as their one error shape: 404 for an unknown origin, 400 otherwise. */
export interface OriginRefusal {
  status: 400 | 404;
  code: string;
  field: string;
  message: string;
  issues: Issue[];
}

/** The decision to record (with who and when, added by the API), and the claim whose origin is the answer. */
export type OriginPlan =
  | { ok: true; decision: Pick<OriginDecision, 'action' | 'claimIds' | 'rationale'>; answerFor: string }
  | { ok: false; refusal: OriginRefusal };

const quoted = (ids: readonly string[]) => ids.map((id) => `"${id}"`).join(', ');

function refuse(status: OriginRefusal['status'], code: string, field: string, message: string): OriginPlan {
  return { ok: false, refusal: { status, code, field, message, issues: [issue(field, code, message)] } };
}

/** A request body that breaks the contract, said as specifically as its issues allow. */
export function invalidOriginRequest(action: OriginDecision['action'], issues: Issue[]): OriginRefusal {
  return {
    status: 400,
    code: 'invalid_body',
    field: '(request)',
    message: `The ${action} request does not match the contract: ${formatIssues(issues)}`,
    issues,
  };
}

const unknownOrigin = (id: string) =>
  refuse(404, 'not_found', '(request)', `No origin has the id "${id}" (GET /api/origins lists them).`);

const first = (ids: readonly string[]) => ids[0] ?? '';

/** POST /api/origins/merge: every claim of each named origin, merged into one. */
export function planMerge(origins: readonly Origin[], request: OriginMergeRequest): OriginPlan {
  const byId = new Map(origins.map((o) => [o.id, o]));
  const named = [...new Set(request.originIds)];
  const unknown = named.filter((id) => !byId.has(id));
  if (unknown.length > 0)
    return refuse(404, 'unknown_origin', 'originIds', `No origin has the id ${quoted(unknown)} (GET /api/origins).`);
  if (named.length < 2)
    return refuse(
      400,
      'too_few_origins',
      'originIds',
      `A merge needs at least two different origins; this names only ${quoted(named)}.`,
    );
  const claimIds = named.flatMap((id) => byId.get(id)?.claimIds ?? []);
  return {
    ok: true,
    decision: { action: 'merge', claimIds, rationale: request.rationale },
    answerFor: first(claimIds),
  };
}

/** POST /api/origins/{id}/split: some of its claims, not all, taken out into an origin of their own. */
export function planSplit(origins: readonly Origin[], originId: string, request: OriginSplitRequest): OriginPlan {
  const origin = origins.find((o) => o.id === originId);
  if (!origin) return unknownOrigin(originId);
  const named = [...new Set(request.claimIds)];
  const strangers = named.filter((id) => !origin.claimIds.includes(id));
  if (strangers.length > 0)
    return refuse(
      400,
      'not_in_origin',
      'claimIds',
      `${quoted(strangers)} ${strangers.length === 1 ? 'is' : 'are'} not among the claims of "${originId}" (${quoted(origin.claimIds)}).`,
    );
  if (named.length === origin.claimIds.length)
    return refuse(
      400,
      'split_all',
      'claimIds',
      `A split takes some of the claims of "${originId}" out, not all of them: leave at least one.`,
    );
  return {
    ok: true,
    decision: { action: 'split', claimIds: named, rationale: request.rationale },
    answerFor: first(named),
  };
}

/** POST /api/origins/{id}/confirm: its claims, as they stand, are one event. */
export function planConfirm(origins: readonly Origin[], originId: string, request: OriginConfirmRequest): OriginPlan {
  const origin = origins.find((o) => o.id === originId);
  if (!origin) return unknownOrigin(originId);
  return {
    ok: true,
    decision: { action: 'confirm', claimIds: [...origin.claimIds], rationale: request.rationale },
    answerFor: first(origin.claimIds),
  };
}
