/**
 * The site's languages: the one list. `docusaurus.config.ts` builds its `i18n` block from it, and everything else
 * that loops over languages (scripts/check-i18n.mjs through the config, unit and e2e tests) reads it from there or
 * from here, never a list of its own. A plain module with no imports, so the browser bundle, Vitest, Playwright
 * and the config can all import it without pulling in the rest of the config.
 *
 * Adding a language: see "Adding a language" in the README.
 */

/** The source language: pages under `docs/` are written in it and served at the site root. */
export const DEFAULT_LOCALE = 'en';

export const LOCALES = ['en', 'th'] as const;

export type SiteLocale = (typeof LOCALES)[number];

/**
 * Docusaurus `i18n.localeConfigs`: the name in the language dropdown, `<html lang>`, writing direction, and the
 * calendar of the dates Docusaurus prints ("Last updated on …"). Thai is Gregorian, as in src/discord/dates.ts and
 * the prose (CE years); left to itself Docusaurus would pick the Buddhist calendar `Intl` gives plain `th`.
 */
export const LOCALE_CONFIGS = {
  en: {label: 'English', htmlLang: 'en', direction: 'ltr', calendar: 'gregory'},
  th: {label: 'ไทย', htmlLang: 'th', direction: 'ltr', calendar: 'gregory'},
} as const satisfies Record<SiteLocale, {label: string; htmlLang: string; direction: 'ltr' | 'rtl'; calendar: string}>;

/** The languages translated from the default one: each has `i18n/<locale>/` and is served under `/<locale>/`. */
export const TRANSLATED_LOCALES = LOCALES.filter(
  (l): l is Exclude<SiteLocale, typeof DEFAULT_LOCALE> => l !== DEFAULT_LOCALE,
);

/** A site path in a locale: `/docs/x` → `/th/docs/x`, `/` → `/th/`; the default locale keeps the path. */
export function localePath(locale: SiteLocale, path: string): string {
  if (locale === DEFAULT_LOCALE) return path;
  return path === '/' ? `/${locale}/` : `/${locale}${path}`;
}
