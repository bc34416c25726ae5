import {DEFAULT_LOCALE, LOCALES} from '../../locales';

// Vitest stand-in: the default (English) locale, which is what component tests render.
export default function useDocusaurusContext() {
  return {
    i18n: {currentLocale: DEFAULT_LOCALE, defaultLocale: DEFAULT_LOCALE, locales: [...LOCALES]},
    siteConfig: {baseUrl: '/'},
  };
}
