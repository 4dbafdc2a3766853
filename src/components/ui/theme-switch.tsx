import { useEffect } from 'react';
import type { MessageKey } from '@/i18n/catalogues/en';
import { useT } from '@/i18n/translate';
import { applyTheme, useThemeActions, useThemeChoice, type ThemeChoice } from '@/stores/theme-store';

const CHOICES: { value: ThemeChoice; label: MessageKey }[] = [
  { value: 'system', label: 'shell.themeSystem' },
  { value: 'light', label: 'shell.themeLight' },
  { value: 'dark', label: 'shell.themeDark' },
];

/** Light, dark, or follow the system (the default), remembered in this browser. */
export function ThemeSwitch() {
  const t = useT();
  const choice = useThemeChoice();
  const { themeChosen } = useThemeActions();
  useEffect(() => {
    if (choice !== 'system' || typeof window.matchMedia !== 'function') return;
    const query = window.matchMedia('(prefers-color-scheme: dark)');
    const follow = () => applyTheme('system');
    query.addEventListener('change', follow);
    return () => query.removeEventListener('change', follow);
  }, [choice]);
  return (
    <label className="theme-switch">
      {t('shell.theme')}
      <select
        value={choice}
        onChange={(e) => themeChosen(CHOICES.find((c) => c.value === e.target.value)?.value ?? 'system')}
      >
        {CHOICES.map((c) => (
          <option key={c.value} value={c.value}>
            {t(c.label)}
          </option>
        ))}
      </select>
    </label>
  );
}
