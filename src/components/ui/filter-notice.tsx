import type { FilterProblem } from '@/contract/claim-filter-params';
import { useT } from '@/i18n/translate';

/** Tells the user which link parameters were ignored, and why, instead of failing the view. */
export function FilterNotice({ problems }: { problems: FilterProblem[] }) {
  const t = useT();
  if (problems.length === 0) return null;
  return (
    <div className="status status--warning" role="status">
      <p className="status__title">{t('common.linkPartsIgnored')}</p>
      <ul>
        {problems.map((p) => (
          <li key={`${p.param}=${p.value}`}>
            <code>
              {p.param}={p.value}
            </code>
            {/* The contract's words (it is shared with the server and speaks English), marked as English. */}:{' '}
            <span lang="en">{p.reason}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
