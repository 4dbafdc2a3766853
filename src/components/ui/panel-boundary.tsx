import { Component, type ErrorInfo, type ReactNode } from 'react';
import type { MessageKey } from '@/i18n/catalogues/en';
import { useT } from '@/i18n/translate';

/** The panels the page names, in words of the page's language; any other name is shown as given. */
const PANEL_NAMES: Readonly<Record<string, MessageKey>> = {
  filters: 'common.panel.filters',
  view: 'common.panel.view',
  legend: 'common.panel.legend',
  'claim panel': 'common.panel.claimPanel',
};

interface PanelBoundaryProps {
  /** The panel's name: one of PANEL_NAMES (translated), or a name already in the page's language. */
  name: string;
  children: ReactNode;
}

/** Keeps a failure in one panel from blanking the page: the panel says what broke and offers a retry. */
export class PanelBoundary extends Component<PanelBoundaryProps, { error: Error | null }> {
  state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    // For developers, in the console: not translated.
    console.error(`The ${this.props.name} failed`, error, info.componentStack);
  }

  render() {
    if (this.state.error) {
      return (
        <PanelFailure name={this.props.name} error={this.state.error} onRetry={() => this.setState({ error: null })} />
      );
    }
    return this.props.children;
  }
}

function PanelFailure({ name, error, onRetry }: { name: string; error: Error; onRetry: () => void }) {
  const t = useT();
  const key = Object.hasOwn(PANEL_NAMES, name) ? PANEL_NAMES[name] : undefined;
  return (
    <div className="status status--error" role="alert">
      <p className="status__title">{t('common.panelFailed', { name: key ? t(key) : name })}</p>
      <p className="status__detail">{error.message}</p>
      <button type="button" className="button" onClick={onRetry}>
        {t('common.tryAgain')}
      </button>
    </div>
  );
}
