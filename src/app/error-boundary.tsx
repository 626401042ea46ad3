import { Component, type ReactNode } from 'react';

interface State {
  error: Error | null;
}

/**
 * The last line of defence: a screen that throws shows this instead of a blank page. Saved
 * answers are left alone; "Start over" goes back to the start page.
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    const chunk = /dynamically imported module|Loading chunk|Failed to fetch/i.test(error.message);
    return (
      <main className="mx-auto max-w-xl px-4 py-16">
        <h1 className="text-2xl font-semibold">Something went wrong</h1>
        <p className="mt-3 text-muted">
          {chunk
            ? 'Part of Stackwise could not be loaded, perhaps because a new version was just published.'
            : 'This screen could not be shown.'}{' '}
          Your saved answers are untouched.
        </p>
        <p className="mt-2 text-sm text-muted">Details: {error.message}</p>
        <div className="mt-6 flex flex-wrap gap-3">
          <button
            type="button"
            className="rounded-md bg-accent px-4 py-2 font-medium text-accent-fg"
            onClick={() => {
              window.location.hash = '#/';
              this.setState({ error: null });
            }}
          >
            Start over
          </button>
          <button
            type="button"
            className="rounded-md border border-border px-4 py-2 font-medium"
            onClick={() => window.location.reload()}
          >
            Reload
          </button>
        </div>
      </main>
    );
  }
}
