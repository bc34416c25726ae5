import {memo, useCallback, useDeferredValue, useMemo, type ReactNode} from 'react';
import LibraryCode, {type LibrarySnippet} from '@site/src/components/LibraryCode';
import LoadingNote from '@site/src/components/LoadingNote';
import {LoadFailedNote} from '@site/src/components/OnDemand';
import type {Locale} from '@site/src/discord/locale';
import type {Library} from '@site/src/discord/snippet-common';
import {useOnDemand} from '@site/src/hooks/useOnDemand';
import {useSiteLocale} from '@site/src/hooks/useSiteLocale';
import {useNearView} from './useInView';
import layout from './layout.module.css';

/** Writes a value in one library's names, with its comments in the reader's language. */
export type SnippetWriter<T> = (library: Library, value: T, locale: Locale) => string;

export interface CodeTabsProps<T> {
  readonly value: T;
  /**
   * Imports the writer (`() => import('…-snippets').then((m) => m.…)`). Must be stable (a module-level function).
   * The code generators are a tenth of a tool's script and sit at the bottom of its page, so they load when the
   * tabs come near the screen, not with the page.
   */
  readonly load: () => Promise<SnippetWriter<T>>;
}

interface Loaded<T> {
  readonly write: SnippetWriter<T>;
  readonly libraries: readonly {readonly id: Library; readonly label: string; readonly language: string}[];
}

function CodeTabsView<T>({value, load}: CodeTabsProps<T>): ReactNode {
  const locale = useSiteLocale();
  const [ref, near] = useNearView<HTMLDivElement>();
  // One loader for the writer and the library list, stable while `load` is (useOnDemand starts it once).
  const loadAll = useCallback(
    (): Promise<Loaded<T>> =>
      Promise.all([load(), import('@site/src/discord/snippet-common')]).then(([write, {LIBRARIES}]) => ({
        write,
        libraries: LIBRARIES,
      })),
    [load],
  );
  const {module: loaded, failed} = useOnDemand(loadAll, near);

  // Highlighting four code blocks is the slowest part of an update; deferring it keeps the boxes and the integer
  // responsive, and the code catches up a moment later.
  const deferred = useDeferredValue(value);
  const snippets = useMemo<readonly LibrarySnippet[] | null>(
    () =>
      loaded?.libraries.map((lib) => ({
        value: lib.id,
        label: lib.label,
        language: lib.language,
        code: loaded.write(lib.id, deferred, locale),
      })) ?? null,
    [loaded, deferred, locale],
  );
  // The same element while `deferred` stands still, so React skips the tabs entirely in the urgent render.
  const code = useMemo(() => (snippets ? <LibraryCode snippets={snippets} /> : null), [snippets]);
  return (
    <div ref={ref} className={loaded ? undefined : layout.codePending}>
      {code ?? (failed ? <LoadFailedNote /> : near ? <LoadingNote /> : null)}
    </div>
  );
}

/** A value written with each library's names, in the site-wide library tabs; its code loads near the screen. */
export const CodeTabs = memo(CodeTabsView) as <T>(props: CodeTabsProps<T>) => ReactNode;
