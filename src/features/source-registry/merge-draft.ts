import { issuesFromZod } from '@/contract/issues-from-zod';
import { SourceMergeRequestSchema, type SourceMergeRequest } from '@/contract/source-schema';
import { t } from '@/i18n/translate';

/** What the merge form holds: ids chosen in two lists, and the rationale as typed. */
export interface MergeDraft {
  from: string;
  into: string;
  rationale: string;
}

export type MergeDraftErrors = Partial<Record<keyof MergeDraft, string>>;

/**
 * The request to send, or what is wrong with the draft, field by field, in words: the page's language for what is
 * checked here, the contract's own (English) wording for what only the schema finds.
 */
export function checkMergeDraft(
  draft: MergeDraft,
): { request: SourceMergeRequest; errors: null } | { request: null; errors: MergeDraftErrors } {
  const errors: MergeDraftErrors = {};
  if (draft.from === '') errors.from = t('sources.errorChooseFrom');
  if (draft.into === '') errors.into = t('sources.errorChooseInto');
  else if (draft.into === draft.from) errors.into = t('sources.errorSameSource');
  if (draft.rationale.trim() === '') errors.rationale = t('sources.errorRationale');
  const candidate = { from: draft.from, into: draft.into, rationale: draft.rationale.trim() };
  const parsed = SourceMergeRequestSchema.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of issuesFromZod(parsed.error, candidate)) {
      const [field] = issue.field.split('.');
      if ((field === 'from' || field === 'into' || field === 'rationale') && !errors[field])
        errors[field] = issue.message;
    }
  }
  if (Object.keys(errors).length > 0 || !parsed.success) return { request: null, errors };
  return { request: parsed.data, errors: null };
}
