import { useState } from 'react';

/**
 * The words for the subset the charts draw, which are those of the filters their answer is for: a filter change
 * keeps the last ones until its answer comes (the exports of the charts still drawn say what they show, and no chart
 * redraws before its new answer). Words that change for the same filters (a label loaded) are taken at once.
 */
export function useSubsetOfAnswer(answer: unknown, filtersKey: string, subset: string | null): string | null {
  const [described, setDescribed] = useState({ answer, filtersKey, subset });
  if (described.answer !== answer || (described.filtersKey === filtersKey && described.subset !== subset)) {
    setDescribed({ answer, filtersKey, subset });
    return subset;
  }
  return described.subset;
}
