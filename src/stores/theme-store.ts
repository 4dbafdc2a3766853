import { create } from 'zustand';
import { startsFromServerMarkup } from '@/lib/render-phase';
import { THEME_STORAGE_KEY } from '@/config/before-the-app';

export type ThemeChoice = 'system' | 'light' | 'dark';
const KEY = THEME_STORAGE_KEY;

function storedChoice(): ThemeChoice {
  try {
    const value = localStorage.getItem(KEY);
    return value === 'light' || value === 'dark' ? value : 'system';
  } catch {
    return 'system';
  }
}

function prefersDark(): boolean {
  return (
    typeof window !== 'undefined' &&
    typeof window.matchMedia === 'function' &&
    window.matchMedia('(prefers-color-scheme: dark)').matches
  );
}

/** Puts the effective theme on <html data-theme>, where the CSS variables pick it up. */
export function applyTheme(choice: ThemeChoice): void {
  const dark = choice === 'dark' || (choice === 'system' && prefersDark());
  document.documentElement.dataset.theme = dark ? 'dark' : 'light';
}

interface ThemeState {
  choice: ThemeChoice;
  actions: { themeChosen: (choice: ThemeChoice) => void; choiceRestored: () => void };
}

const useThemeStore = create<ThemeState>()((set) => ({
  // The server's HTML shows the default; the stored choice is applied to <html> at once and shown after hydration.
  choice: startsFromServerMarkup() ? 'system' : storedChoice(),
  actions: {
    choiceRestored: () => set({ choice: storedChoice() }),
    themeChosen: (choice) => {
      try {
        if (choice === 'system') localStorage.removeItem(KEY);
        else localStorage.setItem(KEY, choice);
      } catch {
        // private mode: the choice lasts for this page only
      }
      applyTheme(choice);
      set({ choice });
    },
  },
}));

export const useThemeChoice = () => useThemeStore((s) => s.choice);
export const useThemeActions = () => useThemeStore((s) => s.actions);
export const initialThemeChoice = storedChoice;
