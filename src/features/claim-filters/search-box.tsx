import { useEffect, useState } from 'react';
import { useT } from '@/i18n/translate';

/** Free-text search; it updates the URL a moment after typing stops. */
export function SearchBox({ value, onChange }: { value: string; onChange: (next: string) => void }) {
  const t = useT();
  const [draft, setDraft] = useState(value);
  const [synced, setSynced] = useState(value);
  if (value !== synced) {
    setSynced(value);
    setDraft(value);
  }
  useEffect(() => {
    if (draft === value) return;
    const timer = setTimeout(() => onChange(draft), 300);
    return () => clearTimeout(timer);
  }, [draft, value, onChange]);
  return (
    <div className="filter-search">
      <label htmlFor="claim-search">{t('filters.searchClaims')}</label>
      <input
        id="claim-search"
        type="search"
        value={draft}
        placeholder={t('filters.searchPlaceholder')}
        maxLength={200}
        onChange={(e) => setDraft(e.target.value)}
      />
    </div>
  );
}
