import {useCallback, useEffect, useId, useRef, useState, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {translate} from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {splitExcerpt, routeFromResultUrl, type Pagefind} from './pagefind';
import styles from './styles.module.css';

interface Hit {
  readonly id: string;
  readonly route: string;
  readonly title: string;
  readonly excerpt: string;
}

type Status = 'idle' | 'loading' | 'ready' | 'unavailable';

const MAX_HITS = 8;

/**
 * Search over the Pagefind index written after `docusaurus build`. Pagefind picks the index that matches
 * `<html lang>`, so each locale searches its own pages, and Thai text was segmented into words at indexing time.
 * The index is fetched on first focus only, so no page pays for search in its first load.
 */
export default function SearchBar(): ReactNode {
  const {i18n} = useDocusaurusContext();
  // One Pagefind bundle at the site root serves every locale (it picks the index by <html lang>), so the URL is
  // built from the default locale's base URL (`/` or the deploy's base path, e.g. /discord-bot-guide/), not the
  // current one (…/th/). Pagefind takes its result URLs' base from this bundle URL, so hits keep the base path.
  const bundleUrl = `${i18n.localeConfigs[i18n.defaultLocale]?.baseUrl ?? '/'}pagefind/pagefind.js`;
  const pagefind = useRef<Pagefind | null>(null);
  const [status, setStatus] = useState<Status>('idle');
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<readonly Hit[]>([]);
  const [open, setOpen] = useState(false);
  const resultsId = useId();
  const rootRef = useRef<HTMLDivElement>(null);

  const load = useCallback(async (): Promise<Pagefind | null> => {
    if (pagefind.current) return pagefind.current;
    setStatus('loading');
    try {
      const mod = (await import(/* webpackIgnore: true */ bundleUrl)) as Pagefind;
      await mod.init();
      pagefind.current = mod;
      setStatus('ready');
      return mod;
    } catch {
      // `docusaurus start` serves no index: search exists only in the production build.
      setStatus('unavailable');
      return null;
    }
  }, [bundleUrl]);

  useEffect(() => {
    const q = query.trim();
    // An empty query hides the panel, so stale hits are never shown and need no reset here.
    if (!q) return undefined;
    let cancelled = false;
    void (async () => {
      const pf = await load();
      if (!pf) return;
      const search = await pf.debouncedSearch(q, {}, 150);
      if (!search || cancelled) return;
      const data = await Promise.all(search.results.slice(0, MAX_HITS).map((r) => r.data()));
      if (cancelled) return;
      setHits(
        data.map((d, i) => ({
          id: search.results[i]?.id ?? String(i),
          route: routeFromResultUrl(d.url),
          title: d.meta.title ?? d.url,
          excerpt: d.excerpt,
        })),
      );
    })();
    return () => {
      cancelled = true;
    };
  }, [query, load]);

  useEffect(() => {
    if (!open) return undefined;
    const onPointer = (e: PointerEvent) => {
      if (rootRef.current && !rootRef.current.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  const showPanel = open && query.trim() !== '';
  let message: string | null = null;
  if (status === 'unavailable') {
    message = translate({
      id: 'search.pagefind.unavailable',
      message: 'Search works in the production build (npm run site).',
      description: 'Shown in the search box when the dev server has no search index',
    });
  } else if (status === 'loading') {
    message = translate({id: 'search.pagefind.loading', message: 'Loading the search index…'});
  } else if (status === 'ready' && hits.length === 0) {
    message = translate({id: 'search.pagefind.noResults', message: 'No results for “{query}”'}, {query: query.trim()});
  }

  return (
    <div
      ref={rootRef}
      className={styles.root}
      role="search"
      onKeyDown={(e) => {
        if (e.key === 'Escape') setOpen(false);
      }}>
      <input
        type="search"
        className={styles.input}
        value={query}
        placeholder={translate({id: 'theme.SearchBar.label', message: 'Search'})}
        aria-label={translate({id: 'search.pagefind.label', message: 'Search this site'})}
        aria-controls={resultsId}
        autoComplete="off"
        spellCheck={false}
        onFocus={() => {
          setOpen(true);
          void load();
        }}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
        }}
      />
      <div id={resultsId} className={showPanel ? styles.panel : styles.hidden} aria-live="polite">
        {showPanel && message && <p className={styles.message}>{message}</p>}
        {showPanel && hits.length > 0 && (
          <ul className={styles.hits}>
            {hits.map((hit) => (
              <li key={hit.id}>
                <Link to={hit.route} className={styles.hit} onClick={() => setOpen(false)}>
                  <span className={styles.title}>{hit.title}</span>
                  <span className={styles.excerpt}>
                    {splitExcerpt(hit.excerpt).map((part, i) =>
                      part.marked ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>,
                    )}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
