/**
 * A Docusaurus client module: the chunks of the pages that visible links lead to are still prefetched, but each one
 * in its own idle moment instead of all at once.
 *
 * Docusaurus' <Link> watches itself with an IntersectionObserver and calls `window.docusaurus.prefetch(path)` when
 * it scrolls into view. On first load every link in the navbar, sidebar and footer comes into view in the same
 * frame, and each call matches the path against every route and adds its `<link rel=prefetch>` tags: one task of
 * ~120 ms on a 4× throttled CPU profile of a tool page, right after hydration, while the reader may be typing.
 * Deferring each call keeps the prefetching and takes it out of the way of input.
 */
type Prefetch = (routePath: string) => unknown;
interface DocusaurusGlobal {
  readonly prefetch: Prefetch;
  readonly preload: (routePath: string) => unknown;
}

const DEFERRED = Symbol('idle-prefetch');

/** Runs `task` when the browser is idle, or a moment later in a browser without requestIdleCallback. */
export function whenIdle(task: () => void, scope: typeof globalThis = globalThis): void {
  if (typeof scope.requestIdleCallback === 'function') scope.requestIdleCallback(() => task(), {timeout: 2000});
  else scope.setTimeout(task, 50);
}

/** The same object with `prefetch` deferred; `preload` (a link the reader is about to click) stays immediate. */
export function withIdlePrefetch(
  docusaurus: DocusaurusGlobal,
  scope: typeof globalThis = globalThis,
): DocusaurusGlobal {
  if (DEFERRED in docusaurus) return docusaurus;
  const {prefetch} = docusaurus;
  return Object.freeze({
    ...docusaurus,
    prefetch: (routePath: string) => {
      whenIdle(() => void prefetch(routePath), scope);
      return true;
    },
    [DEFERRED]: true,
  });
}

/**
 * Called by Docusaurus in the layout effect of every route render, the first one included, which runs before any
 * link's IntersectionObserver can report.
 */
export function onRouteDidUpdate(): void {
  const w = window as unknown as {docusaurus?: DocusaurusGlobal};
  if (w.docusaurus) w.docusaurus = withIdlePrefetch(w.docusaurus);
}
