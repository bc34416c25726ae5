#!/usr/bin/env node
// Serves a build the way GitHub Pages does, under a base path (scripts/lib/static-server.mjs): /docs/x/ →
// docs/x/index.html, /docs/x → 301 /docs/x/, files as they are. The end-to-end tests use it for a build under a
// base path (playwright.config.ts): `docusaurus serve` 3.10 does its own trailing-slash redirect there and treats
// only 1–4 letter extensions without a query as files, so it sends `…/font.woff2` and
// `…/pagefind-entry.json?ts=…` to `…/` and a 404 (its code calls that check "not super robust", see
// facebook/docusaurus#10090).
//
//   node scripts/serve.mjs [--dir build] [--base /discord-bot-guide/] [--port 3000]
import {parseArgs} from 'node:util';
import {serveBuild} from './lib/static-server.mjs';

const {values} = parseArgs({
  options: {dir: {type: 'string', default: 'build'}, base: {type: 'string'}, port: {type: 'string', default: '3000'}},
});
const inner = (values.base ?? '/').split('/').filter(Boolean).join('/');
const base = inner ? `/${inner}/` : '/';
const {origin} = await serveBuild(values.dir, {base, port: Number(values.port), host: 'localhost'});
console.log(`serving ${values.dir}/ at ${origin}${base}`);
