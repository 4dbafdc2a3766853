import { useCallback } from 'react';
import { replaceEqualDeep, useQuery, useQueryClient } from '@tanstack/react-query';
import { DEFAULT_CLAIM_FILTERS, type ClaimFilters } from '@/contract/claim-filters';
import { selectClaims } from '@/contract/select-claims';
import { claimQueries, type ClaimList } from './claim-queries';

const ALL_CLAIMS_KEY = claimQueries.list(DEFAULT_CLAIM_FILTERS).queryKey;

/**
 * Local selections of a loaded list, by filters: one object per list and filters, so the
 * placeholder is the same object on every render and the API's answer can share its array.
 */
const selections = new WeakMap<ClaimList, Map<string, ClaimList>>();
const REMEMBERED = 16;
/** Each answer as drawn: select may run on every render, and must give the same object for the same answer. */
const sharedAnswers = new WeakMap<ClaimList, ClaimList>();

/** Every claim, when the unfiltered list was loaded whole (only then can a filter be applied here). */
const wholeList = (list: ClaimList | undefined) => (list?.complete ? list : undefined);

function localSelection(all: ClaimList, filters: ClaimFilters): ClaimList {
  let byFilters = selections.get(all);
  if (!byFilters) selections.set(all, (byFilters = new Map()));
  const key = JSON.stringify(filters);
  let selection = byFilters.get(key);
  if (!selection) {
    const claims = selectClaims(all.claims, filters);
    selection = { claims, rejected: [], total: all.total, matched: claims.length, complete: true };
    byFilters.set(key, selection);
    if (byFilters.size > REMEMBERED) byFilters.delete(byFilters.keys().next().value ?? key);
  }
  return selection;
}

/**
 * The claims for `filters` (none, only their count, when more than LOAD_WHOLE_LIST_AT_MOST match: `complete` is
 * false). While the API's answer loads, the whole list already in the cache (if any) is filtered here with the very semantics both APIs use (`selectClaims`), so a filter
 * change repaints at once. When the answer holds the same claims, it keeps the very array the
 * page already drew, so nothing is drawn twice; a different answer replaces it.
 */
export function useClaimList(filters: ClaimFilters) {
  const queryClient = useQueryClient();
  const select = useCallback(
    (answer: ClaimList): ClaimList => {
      const all = wholeList(queryClient.getQueryData(ALL_CLAIMS_KEY));
      if (!all || all === answer) return answer;
      const local = localSelection(all, filters);
      if (answer === local) return answer;
      let shared = sharedAnswers.get(answer);
      if (!shared) {
        shared =
          replaceEqualDeep(local.claims, answer.claims) === local.claims ? { ...answer, claims: local.claims } : answer;
        sharedAnswers.set(answer, shared);
      }
      return shared;
    },
    [queryClient, filters],
  );
  return useQuery({
    ...claimQueries.list(filters),
    select,
    // Without every claim at hand, the last list shown stays until the answer comes, rather than nothing.
    placeholderData: (previous: ClaimList | undefined) => {
      const all = wholeList(queryClient.getQueryData(ALL_CLAIMS_KEY));
      return all ? localSelection(all, filters) : previous;
    },
  });
}
