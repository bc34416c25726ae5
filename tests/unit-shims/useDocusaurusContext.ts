// Vitest stand-in: the English locale, which is what component tests render.
export default function useDocusaurusContext() {
  return {i18n: {currentLocale: 'en', defaultLocale: 'en', locales: ['en', 'th']}, siteConfig: {baseUrl: '/'}};
}
