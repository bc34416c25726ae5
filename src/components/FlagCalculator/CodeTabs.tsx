import {memo, useDeferredValue, useMemo, type ReactNode} from 'react';
import LibraryCode, {type LibrarySnippet} from '@site/src/components/LibraryCode';
import {LIBRARIES, type Library} from '@site/src/discord/snippet-common';

export interface CodeTabsProps<T> {
  readonly value: T;
  /** Writes `value` in one library's names. Must be stable (a module-level function), or the memo never holds. */
  readonly snippet: (library: Library, value: T) => string;
}

function CodeTabsView<T>({value, snippet}: CodeTabsProps<T>): ReactNode {
  // Highlighting four code blocks is the slowest part of an update; deferring it keeps the boxes and the integer
  // responsive, and the code catches up a moment later.
  const deferred = useDeferredValue(value);
  const snippets = useMemo<readonly LibrarySnippet[]>(
    () =>
      LIBRARIES.map((lib) => ({
        value: lib.id,
        label: lib.label,
        language: lib.language,
        code: snippet(lib.id, deferred),
      })),
    [snippet, deferred],
  );
  // The same element while `deferred` stands still, so React skips the tabs entirely in the urgent render.
  return useMemo(() => <LibraryCode snippets={snippets} />, [snippets]);
}

/** A value written with each library's names, in the site-wide library tabs. */
export const CodeTabs = memo(CodeTabsView) as <T>(props: CodeTabsProps<T>) => ReactNode;
