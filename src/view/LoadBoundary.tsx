// A part loaded after the first screen that cannot be fetched (offline after an update) shows its
// fallback instead of taking the whole app down.
import { Component, type ReactNode } from 'react';

/** Shows `fallback` when a lazily loaded child failed to load. */
export class LoadBoundary extends Component<{ fallback: ReactNode; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
