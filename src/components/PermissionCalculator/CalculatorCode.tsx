import {memo, useDeferredValue, useMemo, type ReactNode} from 'react';
import LibraryCode, {type LibrarySnippet} from '@site/src/components/LibraryCode';
import {permissionSnippet} from '@site/src/discord/permission-snippets';
import {LIBRARIES} from '@site/src/discord/snippet-common';

function CalculatorCodeView({value}: {readonly value: bigint}): ReactNode {
  // Highlighting four code blocks is the slowest part of an update; deferring it keeps the boxes and the integer
  // responsive, and the code catches up a moment later.
  const deferred = useDeferredValue(value);
  const snippets = useMemo<readonly LibrarySnippet[]>(
    () =>
      LIBRARIES.map((lib) => ({
        value: lib.id,
        label: lib.label,
        language: lib.language,
        code: permissionSnippet(lib.id, deferred),
      })),
    [deferred],
  );
  // The same element while `deferred` stands still, so React skips the tabs entirely in the urgent render.
  return useMemo(() => <LibraryCode snippets={snippets} />, [snippets]);
}

/** The same set written with each library's names, in the site-wide library tabs. */
export const CalculatorCode = memo(CalculatorCodeView);
