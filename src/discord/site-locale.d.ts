import type {Locale} from './locale';

declare global {
  namespace NodeJS {
    interface ProcessEnv {
      /**
       * The locale a site bundle is built for, defined at build time by the site-locale plugin in
       * docusaurus.config.ts (one build per locale). Unset in unit tests and scripts.
       */
      readonly SITE_LOCALE?: Locale;
    }
  }
}
