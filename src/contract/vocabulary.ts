import { z } from './zod-mini';

/** How well a claim is verified. The order runs from strongest to weakest standing. */
export const VERIFICATION_STATES = [
  'officially_confirmed',
  'corroborated',
  'single_source',
  'unverified',
  'evasive_no_comment',
  'disputed_denied',
  'retracted',
] as const;
export const VerificationStateSchema = z.enum(VERIFICATION_STATES);
export type VerificationState = z.infer<typeof VerificationStateSchema>;

/** What kind of figure a claim is. A warning is never a count; a confirmation may carry no number. */
export const CLAIM_KINDS = [
  'reported_count',
  'estimate',
  'cumulative_total',
  'conversion_estimate',
  'projection_warning',
  'confirmation',
  'denial',
  'non_denial',
] as const;
export const ClaimKindSchema = z.enum(CLAIM_KINDS);
export type ClaimKind = z.infer<typeof ClaimKindSchema>;

export const SPEAKER_TYPES = [
  'government',
  'intelligence_service',
  'military',
  'media',
  'state_media',
  'think_tank',
  'multilateral_body',
] as const;
export const SpeakerTypeSchema = z.enum(SPEAKER_TYPES);
export type SpeakerType = z.infer<typeof SpeakerTypeSchema>;

export const TOPICS = ['troops', 'munitions'] as const;
export const TopicSchema = z.enum(TOPICS);
export type Topic = z.infer<typeof TopicSchema>;

/** The direction a qualifier gives a figure ("more than 10,000" is a floor, "up to" a ceiling, "between … and …" a range). */
export const QUALIFIER_BOUNDS = ['exact', 'approximate', 'at_least', 'at_most', 'range'] as const;
export const QualifierBoundSchema = z.enum(QUALIFIER_BOUNDS);
export type QualifierBound = z.infer<typeof QualifierBoundSchema>;

/** Admiralty (NATO) grading: source reliability A-F and information credibility 1-6, kept apart. */
export const SourceReliabilitySchema = z.enum(['A', 'B', 'C', 'D', 'E', 'F']);
export type SourceReliability = z.infer<typeof SourceReliabilitySchema>;
export const InformationCredibilitySchema = z.union([
  z.literal(1),
  z.literal(2),
  z.literal(3),
  z.literal(4),
  z.literal(5),
  z.literal(6),
]);
export type InformationCredibility = z.infer<typeof InformationCredibilitySchema>;
