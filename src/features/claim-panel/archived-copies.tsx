import type { Source } from '@/contract/claim-schema';
import { useT } from '@/i18n/translate';
import { ArchivedCopyLink } from '@/components/ui/archived-copy-link';

/** The source address's archived copies, newest first; for an address with none, a plain word to the analyst. */
export function ArchivedCopies({ source }: { source: Source }) {
  const t = useT();
  if (source.archives.length === 0)
    return source.url === null ? null : (
      <p className="archived-copies archived-copies--none">
        <span aria-hidden="true">⚠ </span>
        {t('panel.noArchivedCopy')}
      </p>
    );
  const newestFirst = [...source.archives].sort((a, b) => b.capturedOn.localeCompare(a.capturedOn));
  return (
    <ul className="archived-copies" aria-label={t('panel.archivedCopies')}>
      {newestFirst.map((copy) => (
        <li key={copy.url}>
          <ArchivedCopyLink copy={copy} />
        </li>
      ))}
    </ul>
  );
}
