#!/usr/bin/env node
// Renders static/img/social-card.png (1200×630, the Open Graph / Twitter card image `themeConfig.image` names)
// from a small HTML card in headless Chromium. Run it again after changing the name or the tagline:
//
//   node scripts/make-social-card.mjs            (CHROMIUM_PATH overrides /usr/bin/chromium)
//
// Everything on the card is ours: the site's logo (static/img/logo.svg), its name, its Thai tagline, and the
// IBM Plex Sans Thai font the site already self-hosts (from @fontsource), embedded so nothing is fetched.
/* global document -- used inside page.evaluate(), which runs in the browser */
import {readFileSync, writeFileSync, statSync} from 'node:fs';
import {createRequire} from 'node:module';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {chromium} from '@playwright/test';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'static/img/social-card.png');
const require = createRequire(import.meta.url);
const fontDir = join(dirname(require.resolve('@fontsource/ibm-plex-sans-thai/package.json')), 'files');

const NAME = 'Discord Bot Account Guide';
const TAGLINE = 'สร้างบอท Discord ทีละขั้น';
const BLURPLE = '#5865f2';

const font = (subset, weight) => {
  const data = readFileSync(join(fontDir, `ibm-plex-sans-thai-${subset}-${weight}-normal.woff2`)).toString('base64');
  return `@font-face{font-family:Plex;font-weight:${weight};src:url(data:font/woff2;base64,${data}) format('woff2');}`;
};
const logo = readFileSync(join(root, 'static/img/logo.svg'), 'utf8');

const html = `<!doctype html><html lang="th"><head><meta charset="utf-8"><style>
${font('latin', 700)}${font('thai', 700)}${font('latin', 500)}${font('thai', 500)}
html,body{margin:0;width:1200px;height:630px;}
body{background:${BLURPLE};color:#fff;font-family:Plex,sans-serif;display:flex;flex-direction:column;
  justify-content:center;padding:0 96px;box-sizing:border-box;position:relative;overflow:hidden;}
.logo{width:132px;height:132px;border-radius:30px;box-shadow:0 0 0 6px rgba(255,255,255,.9);margin-bottom:56px;}
.logo svg{width:100%;height:100%;display:block;}
h1{font-size:84px;line-height:1.05;font-weight:700;margin:0 0 28px;letter-spacing:-1px;max-width:900px;}
p{font-size:52px;line-height:1.3;font-weight:500;margin:0;color:#e6e8fd;}
.band{position:absolute;right:-140px;top:-140px;width:520px;height:520px;border-radius:50%;
  background:rgba(255,255,255,.08);}
.band.two{right:-60px;top:auto;bottom:-260px;width:420px;height:420px;background:rgba(0,0,0,.08);}
</style></head><body>
<div class="band"></div><div class="band two"></div>
<div class="logo">${logo}</div>
<h1 lang="en">${NAME}</h1>
<p>${TAGLINE}</p>
</body></html>`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
try {
  const page = await browser.newPage({viewport: {width: 1200, height: 630}, deviceScaleFactor: 1});
  await page.setContent(html);
  await page.evaluate(() => document.fonts.ready);
  const ok = await page.evaluate(
    () => document.fonts.check('700 84px Plex', 'ก') && document.fonts.check('500 52px Plex', 'ส'),
  );
  if (!ok) throw new Error('the embedded font did not load');
  writeFileSync(out, await page.screenshot({type: 'png', fullPage: false}));
  console.log(`wrote ${out} (${statSync(out).size} bytes)`);
} finally {
  await browser.close();
}
