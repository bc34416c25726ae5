import path from 'node:path';
import {themes as prismThemes} from 'prism-react-renderer';
import type {Config, CurrentBundler, LoadContext, Plugin} from '@docusaurus/types';
import {getSwcJsMinimizerOptions} from '@docusaurus/faster';
import type {Configuration} from 'webpack';
import type * as Preset from '@docusaurus/preset-classic';
import {withReadableColors} from './src/prism/readable-theme';
import {DEFAULT_LOCALE, LOCALE_CONFIGS, LOCALES} from './locales';
import {docsEditUrl, inGitWorkTree, siteLocation} from './site-env';
import {llmsTxtPlugin} from './scripts/llms-txt/plugin';
import {remarkFacts} from './scripts/facts/remark-facts';
import {factTableDigest} from './scripts/facts/digest';
import {siteTemplate} from './scripts/paint-first/template';
import {PageChunksManifestPlugin} from './scripts/page-chunks/manifest';
import {MESSAGE_GROUPS} from './src/client/messages/groups';

// Where the site is published comes from the environment (SITE_URL, BASE_URL; see site-env.ts and the README's
// "Deploy"), so a GitHub project page under /<repo>/ and a custom domain build from the same tree.
const {url, baseUrl} = siteLocation();
// "Edit this page" opens the file of the page's own language in the repository (REPO_URL, or GitHub Actions'
// GITHUB_REPOSITORY); no link when neither is known.
const editUrl = docsEditUrl();

/**
 * Defines `process.env.SITE_LOCALE` as the locale being built, in the server and the browser bundles. Docusaurus
 * builds each locale on its own, so text picked with it (`({en, th})[SITE_LOCALE]`, as the invite lint rules do)
 * folds to one language at build time and the minifier drops the others: no reader downloads another language's
 * text. Declared for TypeScript in src/discord/site-locale.d.ts.
 */
/**
 * Docusaurus' SWC minifier writes every non-ASCII character as \\uXXXX (`ascii_only`): 6 bytes for each Thai letter
 * instead of 3, and worse gzip. Every page declares UTF-8 and every host here serves it, so the Thai bundles are
 * written as UTF-8; the rest of Docusaurus' options are kept (getSwcJsMinimizerOptions).
 */
function writeJsAsUtf8(config: Configuration, rspack: CurrentBundler['instance']): void {
  const Swc = (rspack as unknown as {SwcJsMinimizerRspackPlugin?: new (options: object) => object})
    .SwcJsMinimizerRspackPlugin;
  const minimizers = config.optimization?.minimizer;
  if (Swc === undefined || minimizers === undefined) return;
  const options = getSwcJsMinimizerOptions();
  config.optimization = {
    ...config.optimization,
    minimizer: minimizers.map((m) =>
      m instanceof Swc
        ? (new Swc({
            minimizerOptions: {minify: true, ...options, format: {...options.format, ascii_only: false}},
          }) as typeof m)
        : m,
    ),
  };
}

/**
 * Loaders that change one upstream module each, in the browser and server builds; each fails the build when the
 * module no longer looks the way it expects, and its header says what the change bought.
 * - scripts/prism-slim/loader.cjs: prism-react-renderer keeps Prism's core and Highlight, drops its forty grammars
 *   and twenty themes.
 * - scripts/shallow-memo-sort/loader.cjs: theme-common's useShallowMemoObject sorts keys without building an ICU
 *   collator.
 * - scripts/effect-transitions/loader.cjs: the state Docusaurus sets right after hydration (`isBrowser`, the window
 *   size) is rendered in a transition, in slices, like the hydration itself.
 */
function upstreamLoadersPlugin(context: LoadContext): Plugin {
  const loader = (dir: string) => [{loader: path.join(context.siteDir, 'scripts', dir, 'loader.cjs')}];
  return {
    name: 'upstream-loaders',
    configureWebpack() {
      return {
        module: {
          rules: [
            {test: /[\\/]prism-react-renderer[\\/]dist[\\/]index\.m?js$/, use: loader('prism-slim')},
            {
              test: /[\\/]@docusaurus[\\/]theme-common[\\/]lib[\\/]utils[\\/]reactUtils\.js$/,
              use: loader('shallow-memo-sort'),
            },
            {
              test: /[\\/]@docusaurus[\\/](core[\\/]lib[\\/]client[\\/]browserContext|theme-common[\\/]lib[\\/]hooks[\\/]useWindowSize)\.js$/,
              use: loader('effect-transitions'),
            },
          ],
        },
      };
    },
  };
}

/**
 * Starts the site in steps (src/client/staged-entry.ts says why): the browser bundle's entry is ours instead of
 * Docusaurus' clientEntry.js, which ours runs last.
 */
function stagedStartPlugin(context: LoadContext): Plugin {
  return {
    name: 'staged-start',
    configureWebpack(config, isServer) {
      if (!isServer) config.entry = path.join(context.siteDir, 'src/client/staged-entry.ts');
      return {};
    },
  };
}

/**
 * Each page's HTML names the script chunks of its route, fetched with the main bundle rather than after it
 * (scripts/page-chunks/manifest.ts says why): the client manifest the page render reads learns the module names.
 * Production builds only: the development server renders no pages and writes no manifest.
 */
function pageChunksPlugin(context: LoadContext): Plugin {
  return {
    name: 'page-chunks',
    configureWebpack(config, isServer) {
      if (isServer || config.mode !== 'production') return {};
      return {plugins: [new PageChunksManifestPlugin(context.generatedFilesDir)]};
    },
  };
}

/**
 * A translated locale's messages of the four tools ship with each tool, not in every page's main bundle
 * (src/client/messages/groups.ts says why and how): the loader splits Docusaurus' generated codeTranslations.json by
 * id prefix.
 */
function messageGroupsPlugin(context: LoadContext): Plugin {
  return {
    name: 'message-groups',
    configureWebpack() {
      return {
        module: {
          rules: [
            {
              test: /[\\/]codeTranslations\.json$/,
              include: context.generatedFilesDir,
              use: [
                {
                  loader: path.join(context.siteDir, 'scripts/message-groups/loader.cjs'),
                  options: {groups: [...MESSAGE_GROUPS]},
                },
              ],
            },
          ],
        },
      };
    },
  };
}

function siteLocalePlugin(context: LoadContext): Plugin {
  return {
    name: 'site-locale',
    configureWebpack(config, isServer, {currentBundler}) {
      const {DefinePlugin} = currentBundler.instance;
      if (!isServer && currentBundler.name === 'rspack') writeJsAsUtf8(config, currentBundler.instance);
      return {plugins: [new DefinePlugin({'process.env.SITE_LOCALE': JSON.stringify(context.i18n.currentLocale)})]};
    },
  };
}

export default {
  title: 'Discord Bot Account Guide',
  tagline: 'Create a Discord bot, keep its token safe and invite it to your server.',
  favicon: 'img/favicon.svg',
  url,
  baseUrl,
  // Every page is a folder with an index.html and its URL ends in "/": the form GitHub Pages serves with 200
  // (it redirects /x to /x/), like docusaurus serve and most static hosts, and the only form a language's home
  // page (/th/, its baseUrl) can take. So canonical, hreflang, sitemap and the URL the server answers all agree.
  trailingSlash: true,

  future: {
    v4: true,
    // Rspack + SWC + Lightning CSS: about 4x faster than webpack on our 2-core machines.
    // DOCUSAURUS_FASTER=0 builds with the stock webpack toolchain instead; only `npm run bench` sets it, to compare.
    faster: process.env.DOCUSAURUS_FASTER !== '0',
  },

  // SEO/head: the banner that explains a wrong baseUrl is an inline script + style injected into the home page;
  // the baseUrl is set at build time for the host it is built for, and scripts/csp.mjs allows no inline script it
  // didn't hash (Docusaurus recommends turning it off under a strict Content-Security-Policy).
  baseUrlIssueBanner: false,

  // Docusaurus' own page template with one change: the bundles run after the first paint (the file says why).
  ssrTemplate: siteTemplate(),

  // One localStorage namespace for both languages. With future.v4, Docusaurus namespaces storage by url + baseUrl,
  // and each locale has its own baseUrl (/ and /th/), so the Application ID, tutorial progress, colour mode and
  // library tab would not follow the reader across the language switch. A fixed name still keeps us apart from
  // other Docusaurus sites on the same origin (localhost during development).
  storage: {type: 'localStorage', namespace: 'discord-bot-guide'},

  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  onDuplicateRoutes: 'throw',
  markdown: {
    // Explicit `{#id}` heading ids keep anchors identical in the English and Thai twins; the v4 flag would
    // otherwise turn this syntax off.
    mdx1Compat: {comments: true, admonitions: true, headingIds: true},
    hooks: {onBrokenMarkdownLinks: 'throw', onBrokenMarkdownImages: 'throw'},
  },

  // The list of languages lives in locales.ts, so tests and the browser bundle can import it without this file.
  i18n: {defaultLocale: DEFAULT_LOCALE, locales: [...LOCALES], localeConfigs: LOCALE_CONFIGS},

  plugins: [
    siteLocalePlugin,
    messageGroupsPlugin,
    upstreamLoadersPlugin,
    stagedStartPlugin,
    pageChunksPlugin,
    llmsTxtPlugin,
  ],
  // Prefetches for links in view wait for idle time (the module says why).
  clientModules: ['./src/client/idle-prefetch.ts'],

  presets: [
    [
      'classic',
      {
        docs: {
          routeBasePath: 'docs',
          sidebarPath: './sidebars.ts',
          // From git history (CI checks out with fetch-depth: 0; a shallow clone dates every page by its one
          // commit). Outside a git work tree (a source tarball) Docusaurus would fail the build: no dates there.
          // Thai prints CE years: locales.ts sets the calendar.
          showLastUpdateTime: inGitWorkTree(),
          // <Fact id="…"/> in a page becomes the catalogue's value as text (src/discord/facts.ts), before Docusaurus'
          // own plugins read headings and tables. A digest of the values goes in the options, which key Docusaurus'
          // MDX cache, so a changed value rebuilds the pages; the table itself would ship in every page's main script.
          beforeDefaultRemarkPlugins: [[remarkFacts, {digest: factTableDigest()}]],
          ...(editUrl ? {editUrl, editLocalizedFiles: true} : {}),
        },
        blog: false,
        theme: {customCss: './src/css/custom.css'},
        sitemap: {lastmod: null, changefreq: null, priority: null},
      } satisfies Preset.Options,
    ],
  ],

  themeConfig: {
    image: 'img/social-card.png',
    metadata: [{name: 'theme-color', content: '#5865f2'}],
    colorMode: {respectPrefersColorScheme: true},
    docs: {sidebar: {hideable: true}},
    navbar: {
      title: 'Discord Bot Guide',
      logo: {alt: 'Discord Bot Guide logo', src: 'img/logo.svg'},
      items: [
        {type: 'docSidebar', sidebarId: 'guide', position: 'left', label: 'Tutorial'},
        {to: '/docs/tools/permission-calculator', label: 'Tools', position: 'left'},
        {to: '/docs/reference/permissions', label: 'Reference', position: 'left'},
        {type: 'search', position: 'right'},
        {type: 'localeDropdown', position: 'right'},
      ],
    },
    footer: {
      style: 'dark',
      links: [
        {
          title: 'Guide',
          items: [
            {label: 'Tutorial', to: '/docs/tutorial/overview'},
            {label: 'Token safety', to: '/docs/guides/token-safety'},
            {label: 'Troubleshooting', to: '/docs/guides/troubleshooting'},
          ],
        },
        {
          title: 'Tools',
          items: [
            {label: 'Permission calculator', to: '/docs/tools/permission-calculator'},
            {label: 'Invite URL builder', to: '/docs/tools/invite-url-builder'},
            {label: 'Intents calculator', to: '/docs/tools/intents-calculator'},
          ],
        },
        {
          title: 'Discord',
          items: [
            {label: 'Developer Portal', href: 'https://discord.com/developers/applications'},
            {label: 'Discord API documentation', href: 'https://discord.com/developers/docs/intro'},
          ],
        },
      ],
      copyright: 'Written by the Discord Bot Guide team. Not affiliated with Discord Inc.',
    },
    prism: {
      theme: withReadableColors(prismThemes.github),
      darkTheme: withReadableColors(prismThemes.dracula),
      // The grammars are src/prism/languages.ts (registered by src/theme/CodeBlock on the first code block), not
      // additionalLanguages: upstreamLoadersPlugin (prism-slim) drops the forty bundled in prism-react-renderer,
      // which every page built at startup.
    },
  } satisfies Preset.ThemeConfig,
} satisfies Config;
