import type { ClaimKind, SpeakerType, VerificationState } from '@/contract/vocabulary';
import type { OriginAction, OriginType } from '@/contract/origins/origin-schema';

export const VERIFICATION_STATE_LABELS: Record<VerificationState, string> = {
  officially_confirmed: 'Officially confirmed',
  corroborated: 'Corroborated',
  single_source: 'Single source',
  unverified: 'Unverified',
  evasive_no_comment: 'Evasive / no comment',
  disputed_denied: 'Disputed or denied',
  retracted: 'Retracted',
};

export const VERIFICATION_STATE_DESCRIPTIONS: Record<VerificationState, string> = {
  officially_confirmed: 'Confirmed on the record by a party in a position to know',
  corroborated: 'Backed by more than one independent source',
  single_source: 'Rests on one source only',
  unverified: 'Not verified by anyone independent',
  evasive_no_comment: 'The party asked neither confirmed nor denied',
  disputed_denied: 'Denied by a party or disputed by others',
  retracted: 'Withdrawn or contradicted by its own author',
};

export const CLAIM_KIND_LABELS: Record<ClaimKind, string> = {
  reported_count: 'Reported count',
  estimate: 'Estimate',
  cumulative_total: 'Cumulative total',
  conversion_estimate: 'Conversion estimate',
  projection_warning: 'Projection or warning',
  confirmation: 'Confirmation',
  denial: 'Denial',
  non_denial: 'Non-denial',
};

export const CLAIM_KIND_DESCRIPTIONS: Record<ClaimKind, string> = {
  reported_count: 'A count of something reported as having happened',
  estimate: 'An estimate of a current figure',
  cumulative_total: 'A running total since a start date',
  conversion_estimate: 'A figure derived by converting another (e.g. containers into shells)',
  projection_warning: 'What may happen: a forecast or a warning, not a count',
  confirmation: 'Confirms that something happened, often without a number',
  denial: 'Denies that something happened',
  non_denial: 'Declines to confirm or deny',
};

export const SPEAKER_TYPE_LABELS: Record<SpeakerType, string> = {
  government: 'Government',
  intelligence_service: 'Intelligence service',
  military: 'Military',
  media: 'Media',
  state_media: 'State media',
  think_tank: 'Think tank',
  multilateral_body: 'International body',
};

const COUNTRY_NAMES: Record<string, string> = {
  KR: 'South Korea',
  KP: 'North Korea',
  UA: 'Ukraine',
  RU: 'Russia',
  US: 'United States',
  GB: 'United Kingdom',
  JP: 'Japan',
};

export function countryName(code: string | null): string | null {
  if (code === null) return null;
  return COUNTRY_NAMES[code] ?? code;
}

/** The warnings an import leaves on a claim, in words (codes from src/contract/import-checks and the import). */
export const WARNING_CODE_LABELS: Record<string, string> = {
  any: 'Any import warning',
  unrecognised_qualifier: 'Unrecognised qualifier wording',
  cumulative_below_earlier: 'Cumulative total below an earlier one',
  rate_as_cumulative: 'Rate worded as a cumulative total',
  jump_over_earlier: 'More than 10× earlier figures',
  same_speaker_different_figure: 'Same speaker and day, another figure',
  above_ceiling: 'Above the plausibility ceiling',
  new_metric: 'New metric',
  similar_source: 'New source like a known one',
  unknown_source: 'Unknown source id',
  corroborated_one_origin: 'Corroborated by one origin only',
};

/** A warning code in words; an unknown code as written, spaced. */
export const warningLabel = (code: string): string => WARNING_CODE_LABELS[code] ?? code.replace(/_/g, ' ');

/** What kind of event an origin (the first link of a chain of citation) is. */
export const ORIGIN_TYPE_LABELS: Record<OriginType, string> = {
  intelligence_briefing: 'Intelligence briefing',
  official_statement: 'Official statement',
  document: 'Report or document',
  imagery_video: 'Imagery or video',
  interview: 'Interview',
  unknown: 'Unknown kind of event',
};

/** An analyst's decision about an origin's grouping, in words. */
export const ORIGIN_ACTION_LABELS: Record<OriginAction, string> = {
  confirm: 'Grouping confirmed',
  split: 'Reports split out',
  merge: 'Origins merged',
};
