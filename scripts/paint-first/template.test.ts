import {describe, expect, it} from 'vitest';
import stockTemplate from '@docusaurus/core/lib/ssg/ssgTemplate.html.js';
import {FALLBACK_MS, LOADER, paintFirstTemplate, siteTemplate} from './template';

describe('paintFirstTemplate', () => {
  it('replaces the deferred scripts of the installed Docusaurus template with preloads and one loader', () => {
    const out = siteTemplate();
    expect(stockTemplate).toContain(' defer></script>');
    expect(out).not.toContain('defer');
    expect(out).toContain('<link rel="preload" as="script" fetchpriority="low" href="<%= it.baseUrl %><%= script %>">');
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
function runLoader(options: {visibility?: string; paintSupported?: boolean}) {
  const appended: {src: string; async: boolean}[] = [];
  const timers: {fn: Listener; ms: number}[] = [];
  const listeners = new Map<string, Listener>();
  let paintCallback: ((list: unknown, observer: {disconnect(): void}) => void) | undefined;
  let disconnected = false;
  const document = {
    visibilityState: options.visibility ?? 'visible',
    createElement: () => ({src: '', async: true}),
    head: {appendChild: (el: {src: string; async: boolean}) => appended.push({src: el.src, async: el.async})},
    addEventListener: (type: string, fn: Listener) => listeners.set(type, fn),
  };
  class FakeObserver {
    static supportedEntryTypes = options.paintSupported === false ? ['mark'] : ['mark', 'paint'];
    constructor(cb: typeof paintCallback) {
      paintCallback = cb;
    }
    observe(init: {type: string}) {
      expect(init).toEqual({type: 'paint'});
    }
  }
  const setTimeout = (fn: Listener, ms: number) => timers.push({fn, ms});
  new Function('document', 'PerformanceObserver', 'setTimeout', `${LOADER}(["/a.js", "/b.js"]);`)(
    document,
    FakeObserver,
    setTimeout,
  );
  return {
    appended,
    timers,
    listeners,
    paint() {
      paintCallback?.([], {disconnect: () => (disconnected = true)});
    },
    get disconnected() {
      return disconnected;
    },
  };
}

describe('the loader', () => {
  it('appends nothing before the first paint, then the bundles in order, once', () => {
    const page = runLoader({});
    expect(page.appended).toEqual([]);
    page.paint();
    expect(page.disconnected).toBe(true);
    const afterPaint = page.timers.find((t) => t.ms === 0);
    expect(afterPaint).toBeDefined();
    afterPaint?.fn();
    expect(page.appended).toEqual([
      {src: '/a.js', async: false},
      {src: '/b.js', async: false},
    ]);
    // The safety net and a later visibility change find the bundles already started.
    for (const t of page.timers) t.fn();
    page.listeners.get('visibilitychange')?.();
    expect(page.appended).toHaveLength(2);
  });

  it('starts after FALLBACK_MS when no paint is ever reported', () => {
    const page = runLoader({});
    const net = page.timers.find((t) => t.ms === FALLBACK_MS);
    net?.fn();
    expect(page.appended.map((a) => a.src)).toEqual(['/a.js', '/b.js']);
  });

  it('starts when the page goes to the background before painting', () => {
    const page = runLoader({});
    page.listeners.get('visibilitychange')?.();
    expect(page.appended).toHaveLength(2);
  });

  it('starts at once in a hidden page or a browser without paint timing', () => {
    expect(runLoader({visibility: 'hidden'}).appended).toHaveLength(2);
    expect(runLoader({paintSupported: false}).appended).toHaveLength(2);
  });
});
