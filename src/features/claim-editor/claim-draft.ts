import type { Claim } from '@/contract/claim-schema';
import type { Metric } from '@/contract/metric-schema';
import { qualifierBound } from '@/contract/research/qualifier-bound';

/** The form's state: every field as the text the analyst typed. */
export type ClaimDraft = Record<DraftField, string>;
export const DRAFT_FIELDS = [
  'id',
  'metricId',
  'kind',
  'value',
  'low',
  'high',
  'text',
  'qualifier',
  'unit',
  'claimedOn',
  'claimedOnBasis',
  'figureAsOf',
  'figureAsOfNote',
  'speakerName',
  'speakerRole',
  'organisation',
  'country',
  'speakerType',
  'outlet',
  'url',
  'publishedOn',
  'language',
  'provenance',
  'quote',
  'quoteLanguage',
  'state',
  'note',
  'contestedBy',
  'laterDevelopments',
  'notes',
  'rationale',
] as const;
export type DraftField = (typeof DRAFT_FIELDS)[number];

const s = (v: string | number | null | undefined) => (v === null || v === undefined ? '' : String(v));

export function draftFrom(claim: Claim | null): ClaimDraft {
  const empty = Object.fromEntries(DRAFT_FIELDS.map((f) => [f, ''])) as ClaimDraft;
  if (!claim) return { ...empty, kind: 'estimate', speakerType: 'government', state: 'unverified' };
  return {
    ...empty,
    id: claim.id,
    metricId: claim.metricId,
    kind: claim.kind,
    value: s(claim.figure.value),
    low: s(claim.figure.low),
    high: s(claim.figure.high),
    text: s(claim.figure.text),
    qualifier: s(claim.figure.qualifier),
    unit: s(claim.figure.unit),
    claimedOn: s(claim.claimedOn),
    claimedOnBasis: s(claim.claimedOnBasis),
    figureAsOf: s(claim.figureAsOf),
    figureAsOfNote: s(claim.figureAsOfNote),
    speakerName: s(claim.speaker.name),
    speakerRole: s(claim.speaker.role),
    organisation: claim.speaker.organisation,
    country: s(claim.speaker.country),
    speakerType: claim.speaker.type,
    outlet: claim.source.outlet,
    url: s(claim.source.url),
    publishedOn: s(claim.source.publishedOn),
    language: s(claim.source.language),
    provenance: claim.provenance.join('\n'),
    quote: s(claim.quote?.text),
    quoteLanguage: s(claim.quote?.language),
    state: claim.verification.state,
    note: s(claim.verification.note),
    contestedBy: claim.verification.contestedBy.join('\n'),
    laterDevelopments: s(claim.verification.laterDevelopments),
    notes: s(claim.notes),
  };
}

const orNull = (v: string) => (v.trim() === '' ? null : v.trim());
/** Digits only: "1,500" or "11.000" would need a guess about the convention, so they stay text and fail validation. */
const num = (v: string): number | string | null =>
  v.trim() === '' ? null : /^\d+(\.\d+)?$/.test(v.trim()) ? Number(v.trim()) : v.trim();
const lines = (v: string) =>
  v
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/** The draft as a request body, to be checked with the contract's write schemas. */
export function bodyFrom(draft: ClaimDraft, metrics: Metric[], original: Claim | null) {
  const topic = metrics.find((m) => m.id === draft.metricId)?.topic ?? original?.topic ?? 'troops';
  return {
    id: draft.id.trim(),
    metricId: draft.metricId,
    topic,
    kind: draft.kind,
    figure: {
      value: num(draft.value),
      low: num(draft.low),
      high: num(draft.high),
      text: orNull(draft.text),
      qualifier: orNull(draft.qualifier),
      bound: qualifierBound(orNull(draft.qualifier)),
      unit: orNull(draft.unit),
    },
    claimedOn: orNull(draft.claimedOn),
    claimedOnBasis: orNull(draft.claimedOnBasis),
    figureAsOf: orNull(draft.figureAsOf),
    figureAsOfNote: orNull(draft.figureAsOfNote),
    speaker: {
      name: orNull(draft.speakerName),
      role: orNull(draft.speakerRole),
      organisation: draft.organisation.trim(),
      country: orNull(draft.country.toUpperCase()),
      type: draft.speakerType,
    },
    source: {
      outlet: draft.outlet.trim(),
      url: orNull(draft.url),
      publishedOn: orNull(draft.publishedOn),
      language: orNull(draft.language),
    },
    provenance: lines(draft.provenance),
    quote: orNull(draft.quote) ? { text: draft.quote.trim(), language: orNull(draft.quoteLanguage) } : null,
    verification: {
      state: draft.state,
      note: orNull(draft.note),
      contestedBy: lines(draft.contestedBy),
      laterDevelopments: orNull(draft.laterDevelopments),
    },
    grade: original?.grade ?? null,
    relatedClaimIds: original?.relatedClaimIds ?? [],
    contradictingClaimIds: original?.contradictingClaimIds ?? [],
    notes: orNull(draft.notes),
    rationale: draft.rationale.trim(),
  };
}

/** Which form field an issue path from the schema belongs to. */
export function fieldOfPath(path: string): DraftField | null {
  const map: Record<string, DraftField> = {
    id: 'id',
    metricId: 'metricId',
    kind: 'kind',
    'figure.value': 'value',
    'figure.low': 'low',
    'figure.high': 'high',
    'figure.text': 'text',
    'figure.qualifier': 'qualifier',
    'figure.unit': 'unit',
    claimedOn: 'claimedOn',
    claimedOnBasis: 'claimedOnBasis',
    figureAsOf: 'figureAsOf',
    figureAsOfNote: 'figureAsOfNote',
    'speaker.name': 'speakerName',
    'speaker.role': 'speakerRole',
    'speaker.organisation': 'organisation',
    'speaker.country': 'country',
    'speaker.type': 'speakerType',
    'source.outlet': 'outlet',
    'source.url': 'url',
    'source.publishedOn': 'publishedOn',
    'source.language': 'language',
    'quote.text': 'quote',
    'quote.language': 'quoteLanguage',
    'verification.state': 'state',
    'verification.note': 'note',
    notes: 'notes',
    rationale: 'rationale',
  };
  return (
    map[path] ??
    (path.startsWith('provenance') ? 'provenance' : path.startsWith('verification.contestedBy') ? 'contestedBy' : null)
  );
}
