import { Component, type ErrorInfo, type ReactNode } from 'react';

interface PanelBoundaryProps {
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
    console.error(`The ${this.props.name} failed`, error, info.componentStack);
  }

  render() {
    if (this.state.error) {
      return (
        <div className="status status--error" role="alert">
          <p className="status__title">The {this.props.name} could not be shown</p>
          <p className="status__detail">{this.state.error.message}</p>
          <button type="button" className="button" onClick={() => this.setState({ error: null })}>
            Try again
          </button>
        </div>
      );
    }
    return this.props.children;
  }
}
