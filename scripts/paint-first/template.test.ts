import {describe, expect, it} from 'vitest';
import stockTemplate from '@docusaurus/core/lib/ssg/ssgTemplate.html.js';
import {FALLBACK_MS, LOADER, LOADER_TAG, START_ATTRIBUTE, paintFirstTemplate, siteTemplate} from './template';

describe('paintFirstTemplate', () => {
  it('replaces the deferred scripts of the installed Docusaurus template with preloads and one loader', () => {
    const out = siteTemplate();
    expect(stockTemplate).toContain(' defer></script>');
    expect(out).not.toContain('defer');
    expect(out).toContain(
      `<link rel="preload" as="script" fetchpriority="low" href="<%= it.baseUrl %><%= script %>" ${START_ATTRIBUTE}>`,
    );
    expect(out.match(/<script>/g)).toHaveLength(1);
    // The loader comes before the stylesheets, so it never waits for one to download.
    expect(out.indexOf('<script>')).toBeLessThan(out.indexOf('rel="stylesheet"'));
    // Everything else of the stock template is kept.
    for (const part of ['<%~ it.headTags %>', '<%~ it.preBodyTags %>', '<%~ it.appHtml %>', '<%~ it.postBodyTags %>']) {
      expect(out).toContain(part);
    }
  });

  it('fails when the template no longer has the script loop it rewrites', () => {
    expect(() => paintFirstTemplate(stockTemplate.replace(' defer>', ' async>'))).toThrow(/paint-first/);
  });
});

type Listener = () => void;

/** Runs LOADER against a stand-in document, PerformanceObserver and clock, and reports what it appended when. */
function runLoader(options: {visibility?: string; readyState?: string; reports?: readonly string[]}) {
  const appended: {src: string; async: boolean}[] = [];
  const timers: {fn: Listener; ms: number}[] = [];
  const listeners = new Map<string, Listener>();
  let reportPaint: ((list: unknown, observer: {disconnect(): void}) => void) | undefined;
  let disconnected = false;
  const observed: string[] = [];
  const document = {
    visibilityState: options.visibility ?? 'visible',
    readyState: options.readyState ?? 'loading',
    createElement: () => ({src: '', async: true}),
    head: {appendChild: (el: {src: string; async: boolean}) => appended.push({src: el.src, async: el.async})},
    addEventListener: (type: string, fn: Listener) => listeners.set(type, fn),
  };
  class FakeObserver {
    static supportedEntryTypes = options.reports ?? ['mark', 'paint', 'largest-contentful-paint'];
    constructor(callback: typeof reportPaint) {
      reportPaint = callback;
    }
    observe(init: {type: string; buffered: boolean}) {
      observed.push(init.type);
      expect(init.buffered).toBe(true);
    }
  }
  const setTimeout = (fn: Listener, ms: number) => timers.push({fn, ms});
  new Function('document', 'PerformanceObserver', 'setTimeout', `${LOADER}(["/a.js", "/b.js"]);`)(
    document,
    FakeObserver,
    setTimeout,
  );
  /** Runs the zero-delay timers set so far (the task after the current one). */
  const nextTask = () => {
    for (const t of timers.filter((t) => t.ms === 0)) t.fn();
  };
  return {
    appended,
    timers,
    listeners,
    observed,
    nextTask,
    /** The browser reports the largest paint so far: it has been shown. */
    paint() {
      reportPaint?.([], {disconnect: () => (disconnected = true)});
    },
    get disconnected() {
      return disconnected;
    },
  };
}

/** A page whose scripts wait only for its paint: nothing in the next task, the bundles in order once it is shown. */
function expectStartsOnPaint(page: ReturnType<typeof runLoader>): void {
  page.nextTask();
  expect(page.appended).toEqual([]);
  page.paint();
  page.nextTask();
  expect(page.appended.map((a) => a.src)).toEqual(['/a.js', '/b.js']);
}

describe('the loader', () => {
  it('appends nothing until the document is parsed and its largest paint shown, then the bundles in order, once', () => {
    const page = runLoader({});
    page.paint();
    expect(page.disconnected).toBe(true);
    page.nextTask();
    expect(page.appended).toEqual([]);
    page.listeners.get('DOMContentLoaded')?.();
    expect(page.appended).toEqual([]);
    page.nextTask();
    expect(page.appended).toEqual([
      {src: '/a.js', async: false},
      {src: '/b.js', async: false},
    ]);
    // The safety net and a later visibility change find the bundles already started.
    for (const t of page.timers) t.fn();
    page.listeners.get('visibilitychange')?.();
    expect(page.appended).toHaveLength(2);
  });

  it('waits for the paint when the document is parsed first', () => {
    const page = runLoader({});
    page.listeners.get('DOMContentLoaded')?.();
    expectStartsOnPaint(page);
  });

  it('waits only for the paint when the document was parsed before it ran', () => {
    expectStartsOnPaint(runLoader({readyState: 'interactive'}));
  });

  it('waits for the largest paint where the browser reports it, else for the first paint', () => {
    expect(runLoader({}).observed).toEqual(['largest-contentful-paint']);
    const page = runLoader({reports: ['mark', 'paint']});
    expect(page.observed).toEqual(['paint']);
    page.listeners.get('DOMContentLoaded')?.();
    expectStartsOnPaint(page);
  });

  it('waits only for the end of parsing in a browser that reports no paints', () => {
    const page = runLoader({reports: ['mark']});
    expect(page.observed).toEqual([]);
    page.nextTask();
    expect(page.appended).toEqual([]);
    page.listeners.get('DOMContentLoaded')?.();
    page.nextTask();
    expect(page.appended).toHaveLength(2);
  });

  it('starts after FALLBACK_MS when no paint is ever reported', () => {
    const page = runLoader({});
    page.timers.find((t) => t.ms === FALLBACK_MS)?.fn();
    expect(page.appended.map((a) => a.src)).toEqual(['/a.js', '/b.js']);
  });

  it('starts when the page goes to the background before painting', () => {
    const page = runLoader({});
    page.listeners.get('visibilitychange')?.();
    expect(page.appended).toHaveLength(2);
  });

  it('starts at once in a hidden page', () => {
    expect(runLoader({visibility: 'hidden'}).appended).toHaveLength(2);
  });
});

describe('the loader tag', () => {
  it('runs the marked preloads above it, in document order, with their URLs as written', () => {
    const appended: string[] = [];
    const selectors: string[] = [];
    const hrefs = ['/th/assets/js/runtime~main.1.js', '/th/assets/js/main.2.js', '/th/assets/js/17896441.3.js'];
    const document = {
      visibilityState: 'hidden',
      querySelectorAll: (selector: string) => {
        selectors.push(selector);
        // A NodeList is array-like, not an array: the tag must not call array methods on it.
        const list: Record<number, {getAttribute(name: string): string | null}> & {length: number} = {
          length: hrefs.length,
        };
        hrefs.forEach((href, i) => {
          list[i] = {getAttribute: (name) => (name === 'href' ? href : null)};
        });
        return list;
      },
      createElement: () => ({src: '', async: true}),
      head: {appendChild: (el: {src: string}) => appended.push(el.src)},
      addEventListener: () => undefined,
    };
    const script = /^<script>([\s\S]*)<\/script>$/.exec(LOADER_TAG)?.[1];
    expect(script).toBeDefined();
    new Function('document', String(script))(document);
    expect(selectors).toEqual([`link[${START_ATTRIBUTE}]`]);
    expect(appended).toEqual(hrefs);
  });

  it('is the same on every page: the page lists its scripts only in the preloads', () => {
    expect(LOADER_TAG).not.toContain('it.scripts');
    expect(siteTemplate()).toContain(LOADER_TAG);
  });
});
