import type { Claim } from '@/contract/claim-schema';
import { formatFigure, formatPartialDate } from '@/lib/format';
import { DataText } from '@/components/ui/data-text';
import { useT } from '@/i18n/translate';

interface OriginReportsProps {
  claimIds: string[];
  /** The origin's claims as the API answered them. */
  claims: Claim[];
  onOpen: (id: string) => void;
}

/** The other reports of one origin: outlet, date and figure, each opening its claim in the panel. */
export function OriginReports({ claimIds, claims, onOpen }: OriginReportsProps) {
  const t = useT();
  if (claimIds.length === 0) return <p>{t('panel.noOtherReports')}</p>;
  const byId = new Map(claims.map((c) => [c.id, c]));
  return (
    <ul className="linked-claims" aria-label={t('panel.otherReports')}>
      {claimIds.map((id) => {
        const report = byId.get(id);
        return (
          <li key={id}>
            <button type="button" className="link-button" onClick={() => onOpen(id)}>
              {id}
              {report ? (
                <>
                  {' — '}
                  <DataText text={report.source.outlet} lang={report.source.language} />,{' '}
                  {formatPartialDate(report.source.publishedOn ?? report.claimedOn)}:{' '}
                  <DataText text={formatFigure(report.figure)} />
                </>
              ) : null}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
