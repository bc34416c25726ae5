// The slice of Pagefind's browser API we use (https://pagefind.app/docs/api/); Pagefind ships no types.
export interface PagefindResultData {
  readonly url: string;
  readonly excerpt: string;
  readonly meta: Readonly<Record<string, string | undefined>>;
}
export interface PagefindResult {
  readonly id: string;
  data(): Promise<PagefindResultData>;
}
export interface PagefindSearch {
  readonly results: readonly PagefindResult[];
}
export interface Pagefind {
  init(): Promise<void>;
  debouncedSearch(query: string, options?: object, ms?: number): Promise<PagefindSearch | null>;
}

export interface ExcerptPart {
  readonly text: string;
  readonly marked: boolean;
}

const ENTITIES: Readonly<Record<string, string>> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
};

/**
 * Pagefind returns excerpts as escaped HTML with <mark> around hits. We split that into text parts instead of
 * injecting HTML, so nothing from the index is ever parsed as markup.
 */
export function splitExcerpt(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  const decode = (s: string) => s.replace(/&(?:amp|lt|gt|quot|#39);/g, (m) => ENTITIES[m] ?? m);
  const re = /<mark>(.*?)<\/mark>/g;
  let last = 0;
  for (let m = re.exec(excerpt); m; m = re.exec(excerpt)) {
    if (m.index > last) parts.push({text: decode(excerpt.slice(last, m.index).replace(/<[^>]*>/g, '')), marked: false});
    parts.push({text: decode((m[1] ?? '').replace(/<[^>]*>/g, '')), marked: true});
    last = re.lastIndex;
  }
  if (last < excerpt.length) parts.push({text: decode(excerpt.slice(last).replace(/<[^>]*>/g, '')), marked: false});
  return parts;
}

/** Pagefind reports the built file (`/docs/x/index.html` or `/docs/x.html`); the router knows the route (`/docs/x/`, `/docs/x`). */
export function routeFromResultUrl(url: string): string {
  return url.replace(/\/index\.html(?=$|[?#])/, '/').replace(/\.html(?=$|[?#])/, '');
}
