import { Outlet } from 'react-router';
import { ThemeSwitch } from '@/components/ui/theme-switch';
import { useSignInFromLink } from '@/features/sign-in/sign-in-from-link';
import { lazy, Suspense } from 'react';

// Only a build with the mock API has demo scenarios: a real-API build holds none of this code.
const MockScenarioBanner =
  import.meta.env.VITE_API_MOCKING === 'disabled'
    ? null
    : lazy(async () => ({ default: (await import('@/components/ui/mock-scenario-banner')).MockScenarioBanner }));

/** Page frame: skip link, header with what the dashboard is about, footer with where the data comes from. */
export function AppShell() {
  // A sign-in link (npm start prints one on the first start) signs in and leaves the address bar without its token.
  useSignInFromLink();
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to the charts
      </a>
      <header className="app-header">
        <div>
          <p className="app-header__brand">Claimwatch</p>
          <h1 className="app-header__title">North Korea’s support to Russia’s war: reported figures</h1>
          <p className="app-header__lede">
            <span className="app-header__lede-long">
              Every point is a claim someone made, not an established fact. Shape and fill show how well it is verified;
              the outline shows what kind of figure it is. A warning is never a count.
            </span>
            {/* Phones show this shorter line (the key below the charts explains the shapes); screen readers read the full one. */}
            <span className="app-header__lede-short" aria-hidden="true">
              Every point is a claim someone made, not an established fact. A warning is never a count.
            </span>
          </p>
        </div>
        <ThemeSwitch />
      </header>
      {MockScenarioBanner ? (
        <Suspense fallback={null}>
          <MockScenarioBanner />
        </Suspense>
      ) : null}
      {/* A boundary of its own: React hydrates the view after the page's frame, in slices between frames and input
          rather than in one long task (and a click on a part not yet hydrated hydrates that part first). */}
      <Suspense fallback={null}>
        <Outlet />
      </Suspense>
      <footer className="app-footer">
        <p>
          Data: 64 research notes on public reporting (2023–2025) and two seed texts, each claim with its outlet,
          address, date and quote. Nothing is added to what the sources say.{' '}
          <a href="api/openapi.json">API contract (OpenAPI)</a>
        </p>
      </footer>
    </>
  );
}
