import {Component, Suspense, type ReactNode} from 'react';
import LoadingNote from '@site/src/components/LoadingNote';
import LoadFailedNote from './LoadFailedNote';

interface BoundaryState {
  readonly failed: boolean;
}

/** Keeps a failed download inside the part that needed it; without it React unmounts the whole page. */
class LoadBoundary extends Component<{readonly children: ReactNode}, BoundaryState> {
  override state: BoundaryState = {failed: false};

  static getDerivedStateFromError(): BoundaryState {
    return {failed: true};
  }

  override render(): ReactNode {
    return this.state.failed ? <LoadFailedNote /> : this.props.children;
  }
}

export interface OnDemandProps {
  readonly children: ReactNode;
  /** What shows while the code downloads: "Loading…" unless the part is better left empty until it arrives. */
  readonly fallback?: ReactNode;
}

/**
 * Where a tool renders something whose code loads on demand (React.lazy, useOnDemand): Suspense for the wait, and a
 * boundary that says the part could not be loaded, with a reload button, if the download fails.
 */
export default function OnDemand({children, fallback = <LoadingNote />}: OnDemandProps): ReactNode {
  return (
    <LoadBoundary>
      <Suspense fallback={fallback}>{children}</Suspense>
    </LoadBoundary>
  );
}

export {LoadFailedNote};
