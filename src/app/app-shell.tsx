import { Outlet } from 'react-router';
import { ThemeSwitch } from '@/components/ui/theme-switch';
import { MockScenarioBanner } from '@/components/ui/mock-scenario-banner';

/** Page frame: skip link, header with what the dashboard is about, footer with where the data comes from. */
export function AppShell() {
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
            Every point is a claim someone made, not an established fact. Shape and fill show how well it is verified; the outline shows what kind of figure it
            is. A warning is never a count.
          </p>
        </div>
        <ThemeSwitch />
      </header>
      {import.meta.env.VITE_API_MOCKING === 'disabled' ? null : <MockScenarioBanner />}
      <Outlet />
      <footer className="app-footer">
        <p>
          Data: 64 research notes on public reporting (2023–2025) and two seed texts, each claim with its outlet, address, date and quote. Nothing is added to
          what the sources say. <a href="api/openapi.json">API contract (OpenAPI)</a>
        </p>
      </footer>
    </>
  );
}
