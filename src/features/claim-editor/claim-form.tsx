import { useState, type FormEvent } from 'react';
import { referenceText } from '@/i18n/reference-text';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '@/api/api-client';
import { ClaimSchema, type Claim } from '@/contract/claim-schema';
import type { Metric } from '@/contract/metric-schema';
import { claimQueries } from '@/api/queries/claim-queries';
import { issuesFromZod } from '@/contract/issues-from-zod';
import { ClaimEditSchema, ClaimInputSchema } from '@/contract/write-schemas';
import { CLAIM_KINDS, SPEAKER_TYPES, VERIFICATION_STATES } from '@/contract/vocabulary';
import { CLAIM_KIND_LABELS, SPEAKER_TYPE_LABELS, VERIFICATION_STATE_LABELS } from '@/lib/labels';
import type { MessageKey } from '@/i18n/catalogues/en';
import { useT } from '@/i18n/translate';
import { bodyFrom, draftFrom, fieldOfPath, type ClaimDraft, type DraftField } from './claim-draft';
import { FormField } from './form-field';
import { archiveDraftsFrom, archiveFieldOfPath, withArchives } from './archive-drafts';
import { ArchivedCopiesFields } from './archived-copies-fields';

interface ClaimFormProps {
  original: Claim | null;
  metrics: Metric[];
  onSaved: (id: string) => void;
  onCancel: () => void;
}

/** Each field's label (also the lead-in of its problems in the summary) and hint, as message keys. */
const FIELDS: Readonly<Record<DraftField, { label: MessageKey; hint?: MessageKey }>> = {
  id: { label: 'editor.fieldId', hint: 'editor.hintId' },
  metricId: { label: 'editor.fieldMetric' },
  kind: { label: 'editor.fieldKind' },
  value: { label: 'editor.fieldValue', hint: 'editor.hintValue' },
  low: { label: 'editor.fieldLow' },
  high: { label: 'editor.fieldHigh' },
  text: { label: 'editor.fieldText', hint: 'editor.hintText' },
  qualifier: { label: 'editor.fieldQualifier', hint: 'editor.hintQualifier' },
  unit: { label: 'editor.fieldUnit' },
  claimedOn: { label: 'editor.fieldClaimedOn', hint: 'editor.hintClaimedOn' },
  claimedOnBasis: { label: 'editor.fieldClaimedOnBasis' },
  figureAsOf: { label: 'editor.fieldFigureAsOf', hint: 'editor.hintFigureAsOf' },
  figureAsOfNote: { label: 'editor.fieldFigureAsOfNote' },
  speakerName: { label: 'editor.fieldSpeakerName' },
  speakerRole: { label: 'editor.fieldSpeakerRole' },
  organisation: { label: 'editor.fieldOrganisation' },
  country: { label: 'editor.fieldCountry', hint: 'editor.hintCountry' },
  speakerType: { label: 'editor.fieldSpeakerType' },
  outlet: { label: 'editor.fieldOutlet' },
  url: { label: 'editor.fieldUrl', hint: 'editor.hintUrl' },
  publishedOn: { label: 'editor.fieldPublishedOn' },
  language: { label: 'editor.fieldLanguage' },
  provenance: { label: 'editor.fieldProvenance', hint: 'editor.hintProvenance' },
  quote: { label: 'editor.fieldQuote' },
  quoteLanguage: { label: 'editor.fieldQuoteLanguage', hint: 'editor.hintQuoteLanguage' },
  state: { label: 'editor.fieldState' },
  note: { label: 'editor.fieldNote' },
  contestedBy: { label: 'editor.fieldContestedBy', hint: 'editor.hintContestedBy' },
  laterDevelopments: { label: 'editor.fieldLaterDevelopments' },
  notes: { label: 'editor.fieldNotes' },
  rationale: { label: 'editor.fieldRationale', hint: 'editor.hintRationale' },
};

/** A problem the contract found: in a field of the form, or at a path the form has no field for. */
interface Problem {
  field: DraftField | null;
  path: string;
  /** As the contract's schema words it (in English: the contract is shared with the server). */
  message: string;
}

const options = <T extends string>(values: readonly T[], labels: Record<T, string>) =>
  values.map((v) => ({ value: v, label: labels[v] }));

/** Add or edit a claim. Every field is checked with the contract before sending; errors sit by their field. */
export function ClaimForm({ original, metrics, onSaved, onCancel }: ClaimFormProps) {
  const t = useT();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<ClaimDraft>(() => draftFrom(original));
  const [errors, setErrors] = useState<Partial<Record<DraftField, string>>>({});
  const [summary, setSummary] = useState<Problem[]>([]);
  const [archives, setArchives] = useState(() => archiveDraftsFrom(original));
  const [archiveErrors, setArchiveErrors] = useState<Partial<Record<string, string>>>({});
  const save = useMutation({
    mutationFn: (body: unknown) =>
      original
        ? apiSend('PUT', `/claims/${encodeURIComponent(original.id)}`, ClaimSchema, body)
        : apiSend('POST', '/claims', ClaimSchema, body),
    onSuccess: (claim) => {
      queryClient.setQueryData(claimQueries.detail(claim.id).queryKey, claim);
      void queryClient.invalidateQueries({ queryKey: claimQueries.lists() });
      onSaved(claim.id);
    },
  });

  const field = (name: DraftField) => {
    const { label, hint } = FIELDS[name];
    return {
      name,
      label: t(label),
      ...(hint ? { hint: t(hint) } : {}),
      value: draft[name],
      error: errors[name],
      onChange: (value: string) => setDraft({ ...draft, [name]: value }),
    };
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const { body, rows } = withArchives(bodyFrom(draft, metrics, original), archives);
    const candidate = original
      ? { ...body, id: undefined, rationale: undefined, verification: { ...body.verification, state: undefined } }
      : body;
    const parsed = (original ? ClaimEditSchema : ClaimInputSchema).safeParse(candidate);
    if (!parsed.success) {
      const next: Partial<Record<DraftField, string>> = {};
      const nextArchive: Partial<Record<string, string>> = {};
      const named: Problem[] = [];
      const loose: Problem[] = [];
      for (const issue of issuesFromZod(parsed.error, candidate, { whole: 'claim' })) {
        const place = archiveFieldOfPath(issue.field, rows);
        if (place) {
          const key = `${place.row}.${place.key}`;
          if (!nextArchive[key])
            named.push({
              field: null,
              path: t('editor.archivePlace', { number: place.row + 1, field: place.key }),
              message: issue.message,
            });
          nextArchive[key] ??= issue.message;
          continue;
        }
        const name = fieldOfPath(issue.field);
        if (!name) loose.push({ field: null, path: issue.field, message: issue.message });
        else if (!next[name]) {
          next[name] = issue.message;
          named.push({ field: name, path: issue.field, message: issue.message });
        }
      }
      setErrors(next);
      setArchiveErrors(nextArchive);
      setSummary([...named, ...loose]);
      return;
    }
    setErrors({});
    setArchiveErrors({});
    setSummary([]);
    save.mutate(parsed.data);
  };

  return (
    <form className="claim-form" onSubmit={submit} noValidate aria-labelledby="claim-form-heading">
      <h2 id="claim-form-heading">
        {original ? t('editor.headingEdit', { id: original.id }) : t('editor.headingAdd')}
      </h2>
      {summary.length ? (
        <div role="alert" className="status status--error">
          <p className="status__title">{t('editor.notSaved', { count: summary.length })}</p>
          <ul>
            {summary.map((problem) => (
              <li key={`${problem.path} ${problem.message}`}>
                {t('editor.issueIn', { field: problem.field ? t(FIELDS[problem.field].label) : problem.path })}{' '}
                <span lang="en">{problem.message}</span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {save.isError ? (
        <p role="alert" className="status status--error">
          {save.error.message}
        </p>
      ) : null}
      <fieldset>
        <legend>{t('editor.legendFigure')}</legend>
        {original ? null : <FormField {...field('id')} />}
        <FormField
          {...field('metricId')}
          options={metrics.map((m) => ({ value: m.id, label: referenceText(m.label) }))}
        />
        <FormField {...field('kind')} options={options(CLAIM_KINDS, CLAIM_KIND_LABELS)} />
        <FormField {...field('value')} />
        <FormField {...field('low')} />
        <FormField {...field('high')} />
        <FormField {...field('text')} />
        <FormField {...field('qualifier')} />
        <FormField {...field('unit')} />
      </fieldset>
      <fieldset>
        <legend>{t('editor.legendWhen')}</legend>
        <FormField {...field('claimedOn')} />
        <FormField {...field('claimedOnBasis')} />
        <FormField {...field('figureAsOf')} />
      </fieldset>
      <fieldset>
        <legend>{t('editor.legendWho')}</legend>
        <FormField {...field('speakerName')} />
        <FormField {...field('speakerRole')} />
        <FormField {...field('organisation')} />
        <FormField {...field('country')} />
        <FormField {...field('speakerType')} options={options(SPEAKER_TYPES, SPEAKER_TYPE_LABELS)} />
        <FormField {...field('outlet')} />
        <FormField {...field('url')} />
        <FormField {...field('publishedOn')} />
        <FormField multiline {...field('provenance')} />
        <FormField multiline {...field('quote')} />
        <FormField {...field('quoteLanguage')} />
      </fieldset>
      <ArchivedCopiesFields drafts={archives} errors={archiveErrors} onChange={setArchives} />
      <fieldset>
        <legend>{t('editor.legendStanding')}</legend>
        {original ? (
          <p className="muted">{t('editor.stateChangesInPanel')}</p>
        ) : (
          <FormField {...field('state')} options={options(VERIFICATION_STATES, VERIFICATION_STATE_LABELS)} />
        )}
        {original ? null : <FormField multiline {...field('rationale')} />}
        <FormField multiline {...field('note')} />
        <FormField multiline {...field('contestedBy')} />
        <FormField multiline {...field('notes')} />
      </fieldset>
      <div className="import-page__actions">
        <button type="submit" className="button" disabled={save.isPending}>
          {save.isPending ? t('editor.saving') : original ? t('editor.saveChanges') : t('editor.addClaim')}
        </button>
        <button type="button" className="button button--quiet" onClick={onCancel}>
          {t('editor.cancel')}
        </button>
      </div>
    </form>
  );
}
