import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Link } from '../shared/link.tsx';
import { paths } from '../shared/paths.ts';

interface Props {
  /** What this boundary guards, for the message ("this article", "the comparison"). */
  what: string;
  children: ReactNode;
  /** Changing this (e.g. the URL) clears a caught error, so navigating away recovers. */
  resetKey: string;
}

interface State {
  error: Error | null;
}

/**
 * A failure while rendering one part of the page shows a clear message in its place, with a way
 * back, and leaves the rest of the page (header, settings, other parts) working. Never blank.
 */
export class RouteErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidUpdate(previous: Props): void {
    if (this.state.error && previous.resetKey !== this.props.resetKey)
      this.setState({ error: null });
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Kept for whoever opens the console; the reader sees the message below.
    console.warn(`News Versions could not show ${this.props.what}:`, error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <section className="error-panel" role="alert" aria-labelledby="error-title">
        <h1 id="error-title">Something went wrong showing {this.props.what}</h1>
        <p>The rest of the site still works. Try again, or go back to the list of stories.</p>
        <p className="error-detail">{this.state.error.message}</p>
        <p>
          <button type="button" onClick={() => this.setState({ error: null })}>
            Try again
          </button>{' '}
          <Link to={paths.home.to()}>Go to the list of stories</Link>
        </p>
      </section>
    );
  }
}
