#!/usr/bin/env node
/* global window, requestAnimationFrame, MutationObserver, HTMLInputElement, HTMLTextAreaElement -- used inside page.evaluate(), which runs in the browser */
// `npm run bench`: how fast the site builds and how heavy and quick its pages are. Prints one table and writes
// bench-results/bench.json (README, "Benchmark", explains every row). Not a test: nothing here passes or fails.
//
//   npm run bench                      builds four times, then measures the last build
//   npm run bench -- --no-build        measures the existing build/ only (no build rows)
//   npm run bench -- --no-lighthouse   skips the Lighthouse rows (the slowest part after the builds)
//   npm run bench -- --site=DIR        measures the built site in DIR instead (no build rows)
//
// Builds go to bench-results/site, not build/, so a benchmark never pulls build/ out from under a running e2e
// suite. "Cold" removes what `docusaurus clear` removes (.docusaurus/, node_modules/.cache/, the output folder);
// "warm" builds again on top of the bundler's persistent cache. The whole run holds /tmp/build.lock (BUILD_LOCK
// overrides it, BUILD_LOCK= turns it off): builds and timings are not disturbed by other builds, and other builds
// wait. Don't wrap it in `flock` yourself; it notices when an ancestor already holds the lock.
import {spawn, spawnSync} from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import {cpus, totalmem} from 'node:os';
import {join, relative, resolve} from 'node:path';
import {performance} from 'node:perf_hooks';
import {fileURLToPath} from 'node:url';
import {serveBuild} from './lib/static-server.mjs';
import {weighPage} from './lib/weigh.mjs';

const ROOT = join(fileURLToPath(import.meta.url), '../..');
const OUT = join(ROOT, 'bench-results');
const SITE = join(OUT, 'site');
const LOGS = join(OUT, 'logs');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];
const LOCK = process.env.BUILD_LOCK ?? '/tmp/build.lock';
const RUNS = 50;

const args = new Set(process.argv.slice(2));
const SITE_ARG = process.argv
  .slice(2)
  .find((a) => a.startsWith('--site='))
  ?.slice('--site='.length);
const BUILD = !args.has('--no-build');
const LIGHTHOUSE = !args.has('--no-lighthouse');

const PAGES = [
  {type: 'home', path: '/'},
  {type: 'tutorial', path: '/docs/tutorial/token/'},
  {type: 'permission calculator', path: '/docs/tools/permission-calculator/'},
  {type: 'invite URL builder', path: '/docs/tools/invite-url-builder/'},
  {type: 'intents calculator', path: '/docs/tools/intents-calculator/'},
  {type: 'permission debugger', path: '/docs/tools/permission-debugger/'},
];
// The home page and every tool page, each in both languages; each page three times, medians reported.
const LIGHTHOUSE_PAGES = PAGES.filter((p) => p.type !== 'tutorial').map((p) => p.path);
const LIGHTHOUSE_RUNS = 3;
const thai = (path) => (path === '/' ? '/th/' : `/th${path}`);

const log = (msg) => process.stderr.write(`bench: ${msg}\n`);

// ---------------------------------------------------------------------------------------------------- lock

/** True when this process or one of its ancestors holds a flock on `file` (so taking it again would deadlock). */
function lockHeldByAncestor(file) {
  if (!existsSync(file) || !existsSync('/proc/locks')) return false;
  const inode = statSync(file).ino;
  const holders = new Set();
  for (const line of readFileSync('/proc/locks', 'utf8').split('\n')) {
    const m = /^\d+:\s+FLOCK\s+\S+\s+\S+\s+(\d+)\s+[0-9a-f]+:[0-9a-f]+:(\d+)/i.exec(line);
    if (m && Number(m[2]) === inode) holders.add(Number(m[1]));
  }
  for (let pid = process.pid; pid > 1;) {
    if (holders.has(pid)) return true;
    pid = parentOf(pid);
    if (!pid) break;
  }
  return false;
}

function parentOf(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return 0;
  }
}

function which(cmd) {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], {encoding: 'utf8'}).stdout.trim() || null;
}

if (LOCK && !process.env.BENCH_HOLDS_LOCK && which('flock') && !lockHeldByAncestor(LOCK)) {
  log(`taking ${LOCK} for the whole run (waits while another build holds it)…`);
  const child = spawnSync('flock', [LOCK, process.execPath, ...process.argv.slice(1)], {
    stdio: 'inherit',
    env: {...process.env, BENCH_HOLDS_LOCK: '1'},
  });
  process.exit(child.status ?? 1);
}

// ---------------------------------------------------------------------------------------------------- builds

/** Sum of VmRSS over `root` and all its descendants, in bytes (Linux /proc). */
function treeRss(root) {
  const children = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const ppid = parentOf(Number(name));
    if (!children.has(ppid)) children.set(ppid, []);
    children.get(ppid).push(Number(name));
  }
  let sum = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop();
    try {
      const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
      sum += Number(kb ?? 0) * 1024;
    } catch {
      // exited between the listing and the read
    }
    stack.push(...(children.get(pid) ?? []));
  }
  return sum;
}

const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

/**
 * Runs a command, timing it and sampling the RSS of its process tree every 200 ms. With GNU time, also records
 * its "Maximum resident set size" (the largest single process) and CPU seconds.
 */
async function measured(name, command, commandArgs, env = {}) {
  mkdirSync(LOGS, {recursive: true});
  const logFile = join(LOGS, `${name}.log`);
  const timeFile = join(LOGS, `${name}.time`);
  const [cmd, cmdArgs] = TIME ? [TIME, ['-v', '-o', timeFile, command, ...commandArgs]] : [command, commandArgs];
  const started = performance.now();
  const fd = openSync(logFile, 'w');
  const child = spawn(cmd, cmdArgs, {cwd: ROOT, env: {...process.env, ...env}, stdio: ['ignore', fd, fd]});
  let peakTree = 0;
  const sampler = setInterval(() => {
    if (child.pid) peakTree = Math.max(peakTree, treeRss(child.pid));
  }, 200);
  const code = await new Promise((resolve) => child.on('close', (c) => resolve(c ?? 1)));
  clearInterval(sampler);
  closeSync(fd);
  const seconds = (performance.now() - started) / 1000;
  const result = {seconds, ok: code === 0, peakTreeRss: peakTree, log: relative(ROOT, logFile)};
  if (TIME && existsSync(timeFile)) {
    const t = readFileSync(timeFile, 'utf8');
    const num = (re) => Number(re.exec(t)?.[1] ?? NaN);
    result.maxProcessRss = num(/Maximum resident set size \(kbytes\): (\d+)/) * 1024;
    result.cpuSeconds = num(/User time \(seconds\): ([\d.]+)/) + num(/System time \(seconds\): ([\d.]+)/);
  }
  if (!result.ok) log(`${name} failed (exit ${code}); see ${result.log}`);
  return result;
}

function clearCaches() {
  // What `docusaurus clear` removes, with our output folder in place of build/.
  for (const p of ['.docusaurus', 'node_modules/.cache', 'bench-results/site']) {
    rmSync(join(ROOT, p), {recursive: true, force: true});
  }
}

async function builds() {
  const docusaurus = join(ROOT, 'node_modules/.bin/docusaurus');
  const out = {};
  for (const [toolchain, flag] of [
    ['webpack', '0'],
    ['faster', '1'],
  ]) {
    out[toolchain] = {};
    for (const temp of ['cold', 'warm']) {
      if (temp === 'warm' && !out[toolchain].cold.ok) {
        // Same sources, same error: don't spend a minute of CPU finding out again.
        out[toolchain].warm = {seconds: 0, ok: false, skipped: 'the cold build failed'};
        continue;
      }
      if (temp === 'cold') clearCaches();
      log(`building both locales with ${toolchain}, ${temp}…`);
      out[toolchain][temp] = await measured(`build-${toolchain}-${temp}`, docusaurus, ['build', '--out-dir', SITE], {
        DOCUSAURUS_FASTER: flag,
      });
    }
  }
  // The rest of `npm run build`, on the faster build that the pages below are measured on.
  log('indexing and post-processing…');
  const steps = [
    [join(ROOT, 'node_modules/.bin/pagefind'), ['--site', SITE, '--quiet']],
    [process.execPath, [join(ROOT, 'scripts/csp.mjs'), SITE]],
    [process.execPath, [join(ROOT, 'scripts/sitemap-index.mjs'), SITE]],
  ];
  let post = {seconds: 0, ok: out.faster.warm.ok};
  for (const [i, [cmd, a]] of steps.entries()) {
    if (!post.ok) break;
    const r = await measured(`postbuild-${i}`, cmd, a);
    post = {seconds: post.seconds + r.seconds, ok: r.ok};
  }
  out.postbuild = post;
  const ratio = (k) => (out.faster[k].ok && out.webpack[k].ok ? out.webpack[k].seconds / out.faster[k].seconds : null);
  out.ratio = {cold: ratio('cold'), warm: ratio('warm')};
  return out;
}

// ---------------------------------------------------------------------------------------------------- pages

async function weighPages(browser, origin, dir) {
  const rows = [];
  for (const page of PAGES) {
    for (const [locale, path] of [
      ['en', page.path],
      ['th', thai(page.path)],
    ]) {
      const context = await browser.newContext();
      try {
        const tab = await context.newPage();
        const response = await tab.request.get(origin + path);
        if (!response.ok()) {
          rows.push({type: page.type, locale, path, missing: true});
          continue;
        }
        const w = await weighPage(tab, origin + path, dir);
        rows.push({
          type: page.type,
          locale,
          path,
          totals: w.totals,
          requests: w.requests,
          prefetches: w.prefetched.length,
          searchRequests: w.search.length,
          files: w.entries.map(({path: p, kind, raw, gzip}) => ({path: p, kind, raw, gzip})),
        });
      } catch (error) {
        rows.push({type: page.type, locale, path, error: String(error)});
      } finally {
        await context.close();
      }
    }
  }
  return rows;
}

// ---------------------------------------------------------------------------------------------------- tools

/**
 * Each tool: how to find the control a reader changes and the output that must change in response, by accessible
 * name. Missing controls make the row "n/a" (the tool isn't written yet), not an error.
 */
const TOOLS = [
  {
    name: 'permission calculator',
    path: '/docs/tools/permission-calculator/',
    action: 'toggle "Administrator"',
    controls: (root) => [root.getByRole('checkbox', {name: 'Administrator', exact: true})],
    outputs: (root) => [
      root.getByRole('textbox', {name: /integer/i}),
      root.getByRole('spinbutton', {name: /integer/i}),
      root.getByLabel(/integer/i),
    ],
    kind: 'click',
  },
  {
    name: 'intents calculator',
    path: '/docs/tools/intents-calculator/',
    action: 'toggle "Servers" (GUILDS)',
    controls: (root) => [
      root.getByRole('checkbox', {name: 'Servers', exact: true}),
      root.getByRole('group', {name: /gateway intents/i}).getByRole('checkbox'),
    ],
    outputs: (root) => [
      root.getByRole('textbox', {name: /intents (integer|value)/i}),
      root.getByRole('spinbutton', {name: /intents (integer|value)/i}),
      root.getByRole('textbox', {name: /integer/i}),
    ],
    kind: 'click',
  },
  {
    name: 'invite URL builder',
    path: '/docs/tools/invite-url-builder/',
    action: 'type an Application ID',
    controls: (root) => [
      root.getByRole('textbox', {name: 'Application ID', exact: true}),
      root.getByRole('textbox', {name: /^(your )?application id$/i}),
    ],
    outputs: (root) => [
      root.getByRole('region', {name: /^your invite (link|url)$/i}),
      root.getByRole('textbox', {name: /^(your )?invite (link|url)$/i}),
      root.getByRole('link', {name: /discord\.com\/(api\/)?oauth2\/authorize/i}),
    ],
    kind: 'type',
    values: ['123456789012345678', '876543210987654321'],
  },
  {
    name: 'permission debugger',
    path: '/docs/tools/permission-debugger/',
    action: 'toggle "The bot is timed out"',
    controls: (root) => [root.getByRole('checkbox', {name: 'The bot is timed out', exact: true})],
    outputs: (root) => [root.locator('[data-answer]')],
    kind: 'click',
  },
];

async function firstVisible(locators) {
  for (const l of locators) {
    const first = l.first();
    if ((await first.count()) > 0 && (await first.isVisible())) return first;
  }
  return null;
}

async function timeTool(browser, origin, tool) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const response = await page.goto(origin + tool.path);
    if (!response?.ok()) return {name: tool.name, path: tool.path, na: 'no such page'};
    await page.waitForSelector('html[data-has-hydrated="true"]');
    const root = page.locator('article').first();
    const control = await firstVisible(tool.controls(root));
    if (!control) return {name: tool.name, path: tool.path, na: `no control to ${tool.action} yet`};
    const output = await firstVisible(tool.outputs(root));
    const result = await page.evaluate(
      async ({control, output, root, kind, values, runs}) => {
        const read = () =>
          output
            ? output instanceof HTMLInputElement || output instanceof HTMLTextAreaElement
              ? output.value
              : output.textContent
            : null;
        const frame = () => new Promise((r) => requestAnimationFrame(() => r(performance.now())));
        const act = (i) => {
          if (kind === 'click') {
            control.click();
          } else {
            const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
            setter?.call(control, values[i % values.length]);
            control.dispatchEvent(new Event('input', {bubbles: true}));
          }
        };
        const update = [];
        const paint = [];
        for (let i = 0; i < runs; i++) {
          await frame();
          const before = read();
          // With a named output, wait until its value or text differs; without one, until anything in the article
          // changes (the first mutation after the event).
          const changed = () => output !== null && read() !== before;
          let observer;
          let finished = false;
          const seen = new Promise((resolve) => {
            const timer = window.setTimeout(() => {
              finished = true;
              resolve(null);
            }, 2000);
            const done = () => {
              finished = true;
              window.clearTimeout(timer);
              resolve(performance.now());
            };
            observer = new MutationObserver(() => {
              if (output === null || changed()) done();
            });
            observer.observe(root, {subtree: true, childList: true, characterData: true, attributes: true});
            // An input's .value can change without any DOM mutation: poll it too, on a MessageChannel loop
            // (sub-millisecond, unlike one poll per frame).
            const channel = new MessageChannel();
            channel.port1.onmessage = () => {
              if (finished) return;
              if (changed()) done();
              else channel.port2.postMessage(0);
            };
            if (output !== null) channel.port2.postMessage(0);
          });
          const t0 = performance.now();
          act(i);
          // React may have committed synchronously inside the event.
          const t1 = changed() ? performance.now() : await seen;
          finished = true;
          observer?.disconnect();
          if (t1 === null) return {error: `the output did not change within 2 s (run ${i + 1})`};
          update.push(t1 - t0);
          paint.push((await frame()) - t0);
        }
        return {update, paint};
      },
      {
        control: await control.elementHandle(),
        output: output ? await output.elementHandle() : null,
        root: await root.elementHandle(),
        kind: tool.kind,
        values: tool.values ?? [],
        runs: RUNS,
      },
    );
    if ('error' in result) return {name: tool.name, path: tool.path, na: result.error};
    const stats = (xs) => {
      const s = [...xs].sort((a, b) => a - b);
      return {median: (s[(s.length - 1) >> 1] + s[s.length >> 1]) / 2, worst: s[s.length - 1]};
    };
    return {
      name: tool.name,
      path: tool.path,
      action: tool.action,
      output: output ? 'named output field' : 'any change inside the article (no named output found)',
      runs: RUNS,
      update: stats(result.update),
      nextFrame: stats(result.paint),
    };
  } catch (error) {
    return {name: tool.name, path: tool.path, na: String(error).split('\n')[0].slice(0, 60)};
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------------------------------------------- lighthouse

/** The performance metrics kept per run, by the Lighthouse audit that measures each. */
const LIGHTHOUSE_METRICS = {
  fcp: 'first-contentful-paint',
  lcp: 'largest-contentful-paint',
  tbt: 'total-blocking-time',
  si: 'speed-index',
  cls: 'cumulative-layout-shift',
};

async function lighthouseScores(origin) {
  process.env.CHROME_PATH = CHROMIUM;
  const {default: lighthouse} = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: ['--headless=new', ...CHROME_ARGS],
    logLevel: 'silent',
  });
  const rows = [];
  try {
    for (const path of LIGHTHOUSE_PAGES.flatMap((p) => [p, thai(p)])) {
      const runs = [];
      for (let run = 1; run <= LIGHTHOUSE_RUNS; run++) {
        log(`Lighthouse ${path} (${run}/${LIGHTHOUSE_RUNS})…`);
        try {
          const result = await lighthouse(
            origin + path,
            {port: chrome.port, output: 'json', logLevel: 'error'},
            {
              extends: 'lighthouse:default',
              settings: {onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo']},
            },
          );
          const c = result?.lhr.categories ?? {};
          const score = (k) => (c[k]?.score == null ? null : Math.round(c[k].score * 100));
          const failed = Object.values(result?.lhr.audits ?? {})
            .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
            .map((a) => a.id);
          const runtimeError = result?.lhr.runtimeError?.message;
          if (runtimeError) {
            rows.push({path, runtimeError});
            break;
          }
          runs.push({
            performance: score('performance'),
            accessibility: score('accessibility'),
            bestPractices: score('best-practices'),
            seo: score('seo'),
            failedAudits: failed,
            // What the performance score is made of (simulated ms; CLS unitless), to see which metric held it back.
            metrics: Object.fromEntries(
              Object.entries(LIGHTHOUSE_METRICS).map(([name, id]) => {
                const value = result?.lhr.audits[id]?.numericValue;
                if (value === undefined) return [name, null];
                return [name, name === 'cls' ? Number(value.toFixed(3)) : Math.round(value)];
              }),
            ),
          });
        } catch (error) {
          rows.push({path, error: String(error).split('\n')[0]});
          break;
        }
      }
      if (runs.length < LIGHTHOUSE_RUNS) continue;
      // Median of the runs per category; the failed audits are those of the run with the median performance.
      const median = (k) => {
        const xs = runs
          .map((r) => r[k])
          .filter((v) => v !== null)
          .sort((a, b) => a - b);
        return xs.length === 0 ? null : xs[xs.length >> 1];
      };
      const byPerf = [...runs].sort((a, b) => (a.performance ?? 0) - (b.performance ?? 0));
      const medianRun = byPerf[byPerf.length >> 1];
      rows.push({
        path,
        runs: runs.length,
        performance: median('performance'),
        performanceRuns: runs.map((r) => r.performance),
        accessibility: median('accessibility'),
        bestPractices: median('bestPractices'),
        seo: median('seo'),
        failedAudits: medianRun.failedAudits,
        medianRunMetrics: medianRun.metrics,
        metricsRuns: runs.map((r) => r.metrics),
      });
    }
  } finally {
    await chrome.kill();
  }
  return rows;
}

// ---------------------------------------------------------------------------------------------------- table

const KiB = (b) => (b / 1024).toFixed(1);
const MiB = (b) => (Number.isFinite(b) && b > 0 ? `${(b / 1024 / 1024).toFixed(0)} MiB` : 'n/a');
const sec = (r) => (r?.ok ? `${r.seconds.toFixed(1)} s` : r ? 'failed' : 'n/a');

function table(results) {
  const rows = [];
  const section = (...cells) => rows.push({section: true, cells});
  const row = (...cells) => rows.push({cells});

  const b = results.builds;
  section('BUILD, en+th', 'cold', 'warm', 'peak RSS tree', 'max RSS 1 proc', 'CPU s cold', '');
  if (!b) {
    row('(not run: --no-build)', 'n/a', 'n/a', 'n/a', 'n/a', 'n/a', '');
  } else {
    for (const [key, label] of [
      ['faster', 'faster (Rspack, SWC)'],
      ['webpack', 'webpack (stock)'],
    ]) {
      const t = b[key];
      // Memory of successful builds only: a build that stopped early says little about what a build needs.
      const ok = [t.cold, t.warm].filter((r) => r.ok);
      const peak = Math.max(0, ...ok.map((r) => r.peakTreeRss ?? 0));
      const peak1 = Math.max(0, ...ok.map((r) => r.maxProcessRss ?? 0));
      row(
        label,
        sec(t.cold),
        sec(t.warm),
        MiB(peak),
        MiB(peak1),
        t.cold.ok ? t.cold.cpuSeconds?.toFixed(0) : 'n/a',
        '',
      );
    }
    const allOk = ['cold', 'warm'].every((k) => b.webpack[k].ok && b.faster[k].ok);
    const memRatio = allOk
      ? Math.max(b.webpack.cold.peakTreeRss, b.webpack.warm.peakTreeRss) /
        Math.max(b.faster.cold.peakTreeRss, b.faster.warm.peakTreeRss)
      : null;
    const x = (v) => (v ? `${v.toFixed(2)}×` : 'n/a');
    row('ratio webpack / faster', x(b.ratio.cold), x(b.ratio.warm), x(memRatio), '', '', '');
    row('+ pagefind, CSP, sitemap index', sec(b.postbuild), '', '', '', '', '');
  }

  section(`PAGE in ${results.site}/, KiB gzip / raw`, 'HTML', 'JS', 'CSS', 'fonts', 'total', 'requests');
  for (const p of results.pages) {
    const label = `${p.type} ${p.locale}`;
    if (p.missing || p.error) {
      row(label, p.missing ? 'no page' : 'error', '', '', '', '', '');
      continue;
    }
    const t = p.totals;
    const cell = (k) => `${KiB(t[k].gzip)} / ${KiB(t[k].raw)}`;
    const all = Object.values(t).reduce((s, v) => ({gzip: s.gzip + v.gzip, raw: s.raw + v.raw}), {gzip: 0, raw: 0});
    row(
      label,
      cell('html'),
      cell('js'),
      cell('css'),
      cell('font'),
      `${KiB(all.gzip)} / ${KiB(all.raw)}`,
      `${p.requests} (+${p.prefetches} pf)`,
    );
  }

  section(`TOOL UPDATE, ${RUNS} runs, ms`, 'median', 'worst', 'frame med.', 'frame worst', 'action', '');
  for (const t of results.tools) {
    if (t.na) row(t.name, 'n/a', 'n/a', '', '', t.na.length > 44 ? `${t.na.slice(0, 43)}…` : t.na, '');
    else
      row(
        t.name,
        t.update.median.toFixed(1),
        t.update.worst.toFixed(1),
        t.nextFrame.median.toFixed(1),
        t.nextFrame.worst.toFixed(1),
        t.action,
        '',
      );
  }

  section(
    `LIGHTHOUSE 12, mobile, median of ${LIGHTHOUSE_RUNS}`,
    'perf',
    'a11y',
    'best pract.',
    'SEO',
    'perf runs',
    'LCP / TBT ms',
  );
  if (!results.lighthouse)
    row(LIGHTHOUSE ? '(not run: no site)' : '(not run: --no-lighthouse)', 'n/a', 'n/a', 'n/a', 'n/a', '', '');
  else
    for (const l of results.lighthouse) {
      if (l.error || l.runtimeError) row(l.path, 'error', '', '', '', (l.error ?? l.runtimeError).slice(0, 40), '');
      else
        row(
          l.path,
          String(l.performance ?? '-'),
          String(l.accessibility ?? '-'),
          String(l.bestPractices ?? '-'),
          String(l.seo ?? '-'),
          l.performanceRuns.join(' '),
          `${l.medianRunMetrics?.lcp ?? '-'} / ${l.medianRunMetrics?.tbt ?? '-'}`,
        );
    }

  const widths = [];
  for (const r of rows) r.cells.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, String(c).length)));
  const line = (l, m, r) => l + widths.map((w) => '─'.repeat(w + 2)).join(m) + r;
  const fmt = (cells) =>
    '│' +
    cells.map((c, i) => ` ${i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i])} `).join('│') +
    '│';
  const out = [line('┌', '┬', '┐')];
  rows.forEach((r, i) => {
    if (r.section && i > 0) out.push(line('├', '┼', '┤'));
    out.push(fmt(r.cells));
    if (r.section) out.push(line('├', '┼', '┤'));
  });
  out.push(line('└', '┴', '┘'));
  return out.join('\n');
}

// ---------------------------------------------------------------------------------------------------- main

async function main() {
  mkdirSync(OUT, {recursive: true});
  const results = {
    date: new Date().toISOString(),
    machine: {node: process.version, cpus: cpus().length, cpuModel: cpus()[0]?.model, memory: totalmem()},
    method: {
      builds:
        'wall time of `docusaurus build` (both locales) into bench-results/site; cold = after removing .docusaurus/, node_modules/.cache/ and the output (what `docusaurus clear` removes); peakTreeRss = max of summed VmRSS over the process tree, sampled every 200 ms; maxProcessRss = GNU time "Maximum resident set size" (largest single process)',
      pages:
        'scripts/lib/weigh.mjs: every same-origin request of an empty-cache load until hydrated + network idle, prefetches apart; sizes of the build files, gzip = zlib level 6',
      tools: `performance.now() in the page around the event dispatch, until a MutationObserver (or a per-frame poll of .value) sees the output change; nextFrame = until the following requestAnimationFrame; ${RUNS} runs`,
      lighthouse:
        'lighthouse 12 Node API, default (mobile, simulated throttling) settings, served gzip from a local static server',
    },
    builds: null,
    site: null,
    pages: [],
    tools: [],
    lighthouse: null,
  };

  let dir = SITE_ARG ? resolve(SITE_ARG) : join(ROOT, 'build');
  if (BUILD && !SITE_ARG) {
    results.builds = await builds();
    dir = SITE;
    if (!results.builds.faster.warm.ok || !results.builds.postbuild.ok) {
      log('the faster build failed: pages are measured on build/ if it exists');
      dir = join(ROOT, 'build');
    }
  }
  results.site = relative(ROOT, dir);
  if (!existsSync(join(dir, 'index.html'))) {
    log(`no site in ${relative(ROOT, dir)}/: only build rows`);
  } else {
    const server = await serveBuild(dir);
    const {chromium} = await import('@playwright/test');
    const browser = await chromium.launch({executablePath: CHROMIUM, args: CHROME_ARGS});
    try {
      log(`weighing pages of ${relative(ROOT, dir)}/…`);
      results.pages = await weighPages(browser, server.origin, dir);
      log('timing tools…');
      for (const tool of TOOLS) results.tools.push(await timeTool(browser, server.origin, tool));
    } finally {
      await browser.close();
    }
    try {
      if (LIGHTHOUSE) results.lighthouse = await lighthouseScores(server.origin);
    } finally {
      await server.close();
    }
  }

  writeFileSync(join(OUT, 'bench.json'), `${JSON.stringify(results, null, 2)}\n`);
  const text = table(results);
  writeFileSync(join(OUT, 'bench.txt'), `${text}\n`);
  console.log(text);
  log(`wrote ${relative(ROOT, join(OUT, 'bench.json'))}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
