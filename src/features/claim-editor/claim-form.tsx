import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '@/api/api-client';
import { ClaimSchema, type Claim } from '@/contract/claim-schema';
import type { Metric } from '@/contract/metric-schema';
import { claimQueries } from '@/api/queries/claim-queries';
import { formatIssue, type Issue } from '@/contract/issue-schema';
import { issuesFromZod } from '@/contract/issues-from-zod';
import { ClaimEditSchema, ClaimInputSchema } from '@/contract/write-schemas';
import { CLAIM_KINDS, SPEAKER_TYPES, VERIFICATION_STATES } from '@/contract/vocabulary';
import { CLAIM_KIND_LABELS, SPEAKER_TYPE_LABELS, VERIFICATION_STATE_LABELS } from '@/lib/labels';
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

const options = <T extends string>(values: readonly T[], labels: Record<T, string>) =>
  values.map((v) => ({ value: v, label: labels[v] }));

/** Add or edit a claim. Every field is checked with the contract before sending; errors sit by their field. */
export function ClaimForm({ original, metrics, onSaved, onCancel }: ClaimFormProps) {
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<ClaimDraft>(() => draftFrom(original));
  const [errors, setErrors] = useState<Partial<Record<DraftField, string>>>({});
  const [summary, setSummary] = useState<string[]>([]);
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

  const field = (name: DraftField) => ({
    name,
    value: draft[name],
    error: errors[name],
    onChange: (value: string) => setDraft({ ...draft, [name]: value }),
  });

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
      const named: Issue[] = [];
      const loose: Issue[] = [];
      for (const issue of issuesFromZod(parsed.error, candidate, { whole: 'claim' })) {
        const place = archiveFieldOfPath(issue.field, rows);
        if (place) {
          const key = `${place.row}.${place.key}`;
          if (!nextArchive[key]) named.push({ ...issue, field: `archived copy ${place.row + 1}, ${place.key}` });
          nextArchive[key] ??= issue.message;
          continue;
        }
        const name = fieldOfPath(issue.field);
        if (!name) loose.push(issue);
        else if (!next[name]) {
          next[name] = issue.message;
          named.push({ ...issue, field: name });
        }
      }
      setErrors(next);
      setArchiveErrors(nextArchive);
      setSummary([...named, ...loose].map(formatIssue));
      return;
    }
    setErrors({});
    setArchiveErrors({});
    setSummary([]);
    save.mutate(parsed.data);
  };

  return (
    <form className="claim-form" onSubmit={submit} noValidate aria-labelledby="claim-form-heading">
      <h2 id="claim-form-heading">{original ? `Edit claim ${original.id}` : 'Add a claim'}</h2>
      {summary.length ? (
        <div role="alert" className="status status--error">
          <p className="status__title">
            Not saved: {summary.length} field{summary.length === 1 ? '' : 's'} need attention
          </p>
          <ul>
            {summary.map((s) => (
              <li key={s}>{s}</li>
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
        <legend>The figure</legend>
        {original ? null : <FormField label="Claim id" hint="Letters, digits, - and _ (e.g. C101)" {...field('id')} />}
        <FormField
          label="Metric"
          {...field('metricId')}
          options={metrics.map((m) => ({ value: m.id, label: m.label }))}
        />
        <FormField label="Kind of figure" {...field('kind')} options={options(CLAIM_KINDS, CLAIM_KIND_LABELS)} />
        <FormField label="Value" hint="Digits only, no separators" {...field('value')} />
        <FormField label="Range low" {...field('low')} />
        <FormField label="Range high" {...field('high')} />
        <FormField label="Figure in words" hint="When there is no number, e.g. “several hundred”" {...field('text')} />
        <FormField label="Qualifier as worded" hint="“more than”, “up to”, “about”…" {...field('qualifier')} />
        <FormField label="Unit" {...field('unit')} />
      </fieldset>
      <fieldset>
        <legend>When</legend>
        <FormField
          label="Claimed on"
          hint="YYYY-MM-DD, or YYYY-MM when only the month is known"
          {...field('claimedOn')}
        />
        <FormField label="How that date is known" {...field('claimedOnBasis')} />
        <FormField
          label="Figure refers to"
          hint="YYYY-MM-DD or YYYY-MM, if not the claim date"
          {...field('figureAsOf')}
        />
      </fieldset>
      <fieldset>
        <legend>Who said it, and where</legend>
        <FormField label="Speaker name" {...field('speakerName')} />
        <FormField label="Speaker role" {...field('speakerRole')} />
        <FormField label="Organisation" {...field('organisation')} />
        <FormField label="Country" hint="Two letters, e.g. KR" {...field('country')} />
        <FormField
          label="Source type"
          {...field('speakerType')}
          options={options(SPEAKER_TYPES, SPEAKER_TYPE_LABELS)}
        />
        <FormField label="Outlet" {...field('outlet')} />
        <FormField label="Source address" hint="Only http(s) addresses become links" {...field('url')} />
        <FormField label="Published on" {...field('publishedOn')} />
        <FormField
          label="Chain of citation"
          hint="One step per line, outermost last"
          multiline
          {...field('provenance')}
        />
        <FormField label="Quote (verbatim)" multiline {...field('quote')} />
        <FormField label="Quote language" hint="e.g. en, uk, ko" {...field('quoteLanguage')} />
      </fieldset>
      <ArchivedCopiesFields drafts={archives} errors={archiveErrors} onChange={setArchives} />
      <fieldset>
        <legend>Standing</legend>
        {original ? (
          <p className="muted">
            The state changes through “Change verification state” in the claim panel, so every change keeps its
            rationale.
          </p>
        ) : (
          <FormField
            label="Verification state"
            {...field('state')}
            options={options(VERIFICATION_STATES, VERIFICATION_STATE_LABELS)}
          />
        )}
        {original ? null : (
          <FormField
            label="Why this state"
            hint="Required: it opens the claim’s history"
            multiline
            {...field('rationale')}
          />
        )}
        <FormField label="Verification note" multiline {...field('note')} />
        <FormField label="Contested by" hint="One per line" multiline {...field('contestedBy')} />
        <FormField label="Research notes" multiline {...field('notes')} />
      </fieldset>
      <div className="import-page__actions">
        <button type="submit" className="button" disabled={save.isPending}>
          {save.isPending ? 'Saving…' : original ? 'Save changes' : 'Add claim'}
        </button>
        <button type="button" className="button button--quiet" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
