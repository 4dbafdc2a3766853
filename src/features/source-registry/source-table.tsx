import { Link } from 'react-router';
import type { SourceSummary } from '@/contract/responses';
import { formatNumber } from '@/lib/format';
import { countryName, SPEAKER_TYPE_LABELS } from '@/lib/labels';
import { SourceAliases } from './source-aliases';

interface SourceTableProps {
  sources: readonly SourceSummary[];
  /** Where the dashboard shows this source's claims. */
  claimsHref: (id: string) => string;
  /** Starts a merge of this source (analysts only); absent, no merge column. */
  onMerge?: (id: string) => void;
}

/** Every source entity: name with its id and the other spellings that resolve to it, country, type, claims. */
export function SourceTable({ sources, claimsHref, onMerge }: SourceTableProps) {
  return (
    <div className="source-table" role="region" aria-labelledby="source-table-caption" tabIndex={0}>
      <table>
        <caption id="source-table-caption">{sources.length} sources and their other spellings</caption>
        <thead>
          <tr>
            <th scope="col">Source and id</th>
            <th scope="col">Other spellings</th>
            <th scope="col">Country</th>
            <th scope="col">Type</th>
            <th scope="col" className="source-table__num">
              Claims
            </th>
            {onMerge ? <th scope="col">Merge</th> : null}
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
                    {formatNumber(source.claimCount)} {source.claimCount === 1 ? 'claim' : 'claims'}{' '}
                    <span className="visually-hidden">by {source.name}</span>
                  </Link>
                ) : (
                  'none'
                )}
              </td>
              {onMerge ? (
                <td>
                  <button type="button" className="link-button" onClick={() => onMerge(source.id)}>
                    Merge… <span className="visually-hidden">{source.name} into another source</span>
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
