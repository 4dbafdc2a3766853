import { Link } from 'react-router';
import type { SourceSummary } from '@/contract/responses';
import { countryName, SPEAKER_TYPE_LABELS } from '@/lib/labels';
import { SourceAliases } from './source-aliases';
import { RichText } from '@/i18n/rich-text';
import { useT } from '@/i18n/translate';

interface SourceTableProps {
  sources: readonly SourceSummary[];
  /** Where the dashboard shows this source's claims. */
  claimsHref: (id: string) => string;
  /** Starts a merge of this source (analysts only); absent, no merge column. */
  onMerge?: (id: string) => void;
}

/** Every source entity: name with its id and the other spellings that resolve to it, country, type, claims. */
export function SourceTable({ sources, claimsHref, onMerge }: SourceTableProps) {
  const t = useT();
  return (
    <div className="source-table" role="region" aria-labelledby="source-table-caption" tabIndex={0}>
      <table>
        <caption id="source-table-caption">{t('sources.caption', { count: sources.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('sources.column.name')}</th>
            <th scope="col">{t('sources.column.aliases')}</th>
            <th scope="col">{t('sources.column.country')}</th>
            <th scope="col">{t('sources.column.type')}</th>
            <th scope="col" className="source-table__num">
              {t('sources.column.claims')}
            </th>
            {onMerge ? <th scope="col">{t('sources.column.merge')}</th> : null}
          </tr>
        </thead>
        <tbody>
          {sources.map((source) => (
            <tr key={source.id}>
              <th scope="row" className="source-table__name">
                {source.name}
                <code className="source-table__id">{source.id}</code>
              </th>
              <td className="source-table__aliases">
                <SourceAliases aliases={source.aliases} />
              </td>
              <td>{source.country ? (countryName(source.country) ?? source.country) : '—'}</td>
              <td>{SPEAKER_TYPE_LABELS[source.type]}</td>
              <td className="source-table__num">
                {source.claimCount > 0 ? (
                  <Link to={claimsHref(source.id)}>
                    <RichText
                      text={t('sources.claimsLink', { count: source.claimCount })}
                      tags={{ hidden: (inner) => hidden(inner, source.name) }}
                    />
                  </Link>
                ) : (
                  t('sources.noClaims')
                )}
              </td>
              {onMerge ? (
                <td>
                  <button type="button" className="link-button" onClick={() => onMerge(source.id)}>
                    <RichText text={t('sources.mergeRow')} tags={{ hidden: (inner) => hidden(inner, source.name) }} />
                  </button>
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Words only a screen reader says ("by <name></name>"), with the source's name in place of its tag. */
function hidden(text: string, name: string) {
  return (
    <span className="visually-hidden">
      <RichText text={text} tags={{ name: () => name }} />
    </span>
  );
}
