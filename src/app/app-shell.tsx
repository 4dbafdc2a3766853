import { Outlet } from 'react-router';
import { lazy, Suspense } from 'react';
import { ThemeSwitch } from '@/components/ui/theme-switch';
import { LanguageSwitch } from '@/components/ui/language-switch';
import { MachineDraftedNotice } from '@/components/ui/machine-drafted-notice';
import { useSignInFromLink } from '@/features/sign-in/sign-in-from-link';
import { useLocale } from '@/i18n/locale-store';
import { RichText } from '@/i18n/rich-text';
import { useT } from '@/i18n/translate';
import { useLocaleFromAddress } from './use-locale-from-address';

// Only a build with the mock API has demo scenarios: a real-API build holds none of this code.
const MockScenarioBanner =
  import.meta.env.VITE_API_MOCKING === 'disabled'
    ? null
    : lazy(async () => ({ default: (await import('@/components/ui/mock-scenario-banner')).MockScenarioBanner }));

/** Page frame: skip link, header with what the dashboard is about, footer with where the data comes from. */
export function AppShell() {
  // A sign-in link (npm start prints one on the first start) signs in and leaves the address bar without its token.
  useSignInFromLink();
  useLocaleFromAddress();
  const t = useT();
  const locale = useLocale();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('shell.skipToCharts')}
      </a>
      <header className="app-header">
        <div>
          <p className="app-header__brand">Claimwatch</p>
          <h1 className="app-header__title">{t('shell.title')}</h1>
          <p className="app-header__lede">
            <span className="app-header__lede-long">{t('shell.ledeLong')}</span>
            {/* Phones show this shorter line (the key below the charts explains the shapes); screen readers read the full one. */}
            <span className="app-header__lede-short" aria-hidden="true">
              {t('shell.ledeShort')}
            </span>
          </p>
          <MachineDraftedNotice />
        </div>
        <div className="app-header__settings">
          <LanguageSwitch />
          <ThemeSwitch />
        </div>
      </header>
      {MockScenarioBanner ? (
        <Suspense fallback={null}>
          <MockScenarioBanner />
        </Suspense>
      ) : null}
      {/* A boundary of its own: React hydrates the view after the page's frame, in slices between frames and input
          rather than in one long task (and a click on a part not yet hydrated hydrates that part first). Keyed by
          the language: a switch draws the view afresh, so nothing computed in the last language stays. */}
      <Suspense key={locale} fallback={null}>
        <Outlet />
      </Suspense>
      <footer className="app-footer">
        <p>
          <RichText text={t('shell.footer')} tags={{ api: (inner) => <a href="api/openapi.json">{inner}</a> }} />
        </p>
      </footer>
    </>
  );
}
