import { useEffect } from 'react';
import { applyTheme, useThemeActions, useThemeChoice, type ThemeChoice } from '@/stores/theme-store';

const CHOICES: { value: ThemeChoice; label: string }[] = [
  { value: 'system', label: 'System' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

/** Light, dark, or follow the system (the default), remembered in this browser. */
export function ThemeSwitch() {
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
      Theme
      <select
        value={choice}
        onChange={(e) => themeChosen(CHOICES.find((c) => c.value === e.target.value)?.value ?? 'system')}
      >
        {CHOICES.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    </label>
  );
}
