'use client';

import { Component, type ReactNode } from 'react';

interface Props {
  title: string;
  onError: (error: Error) => void;
  onRetry: () => void;
  children: ReactNode;
}

/** Catches a demo's crash, shows its own message and a retry, and leaves the article intact. */
export class WidgetErrorBoundary extends Component<Props, { error: Error | null }> {
  state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  componentDidCatch(error: Error) {
    this.props.onError(error);
  }

  retry = () => {
    this.setState({ error: null });
    this.props.onRetry();
  };

  render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="widget-error" role="alert">
        <p>
          <strong>{this.props.title}</strong> stopped with an error: {this.state.error.message || 'unknown error'}. The rest of
          the page is unaffected.
        </p>
        <button type="button" onClick={this.retry}>
          Retry
        </button>
      </div>
    );
  }
}
