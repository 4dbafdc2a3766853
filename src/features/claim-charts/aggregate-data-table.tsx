import { formatFigure, formatNumber, formatPartialDate } from '@/lib/format';
import { CLAIM_KIND_LABELS, VERIFICATION_STATE_LABELS } from '@/lib/labels';
import { periodLabel } from '@/lib/periods';
import { ChartTableBody } from './chart-table-details';
import type { ChartModel } from './chart-model-types';
import { DataText } from '@/components/ui/data-text';
import type { MessageKey } from '@/i18n/catalogues/en';
import { RichText } from '@/i18n/rich-text';
import { useT } from '@/i18n/translate';

const COLUMNS: MessageKey[] = [
  'charts.table.period',
  'charts.table.state',
  'charts.table.kind',
  'charts.table.claims',
  'charts.table.median',
  'charts.table.range',
];

/** The data table of a chart drawn as groups: one row a group, then every statement without a figure and every undated claim. */
export function AggregateDataTable({ model, onOpen }: { model: ChartModel; onOpen: (id: string) => void }) {
  const t = useT();
  if (!model.aggregate) return null;
  const { bucket, points } = model.aggregate;
  const single = [...model.unquantified, ...model.undated];
  return (
    <ChartTableBody
      caption={<RichText text={t('charts.table.captionGroups')} tags={{ title: () => <bdi>{model.title}</bdi> }} />}
      columns={COLUMNS.map((key) => t(key))}
      rows={points.map((p) => (
        <tr key={p.id}>
          <td>{periodLabel(p.start, bucket)}</td>
          <td>{VERIFICATION_STATE_LABELS[p.state]}</td>
          <td>{CLAIM_KIND_LABELS[p.kind]}</td>
          <td>{formatNumber(p.count)}</td>
          <td>{formatNumber(Math.round(p.median))}</td>
          <td>
            {formatNumber(p.low)}–{formatNumber(p.high)}
          </td>
        </tr>
      ))}
      after={
        single.length ? (
          <ul className="chart-table__singles">
            {single.map(({ claim }) => (
              <li key={claim.id}>
                {formatPartialDate(claim.claimedOn, { showPrecision: true })}:{' '}
                <DataText text={formatFigure(claim.figure, { withUnit: true })} />,{' '}
                <DataText text={claim.speaker.organisation} />, {VERIFICATION_STATE_LABELS[claim.verification.state]}{' '}
                <button type="button" className="link-button" onClick={() => onOpen(claim.id)}>
                  {t('charts.table.open', { id: claim.id })}
                </button>
              </li>
            ))}
          </ul>
        ) : null
      }
    />
  );
}
