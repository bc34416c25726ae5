/**
 * The two languages the guide is written in, and the one shape every bilingual fact in `src/discord/` uses.
 * Views pick a language from Docusaurus' current locale; nothing here reads the environment, so the same
 * module renders identically on the server and in the browser.
 */
export type Locale = 'en' | 'th';

/** A text in every language of the site. Catalogue data carries both so one row is one fact. */
export type Bilingual = Readonly<Record<Locale, string>>;

export const LOCALES: readonly Locale[] = Object.freeze(['en', 'th'] as const);

/** English is the source language: the Thai pages are translations of it, so it is the safe fallback. */
export const DEFAULT_LOCALE: Locale = 'en';

export function isLocale(value: unknown): value is Locale {
  return value === 'en' || value === 'th';
}

/**
 * Maps a BCP 47 tag as Docusaurus or a browser reports it ('th', 'th-TH', 'EN-us') to one of ours, so callers
 * never compare raw strings. Anything unknown falls back to English rather than failing a render.
 */
export function toLocale(tag: string | null | undefined): Locale {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return isLocale(primary) ? primary : DEFAULT_LOCALE;
}

/** The text for a locale tag; an empty translation falls back to English so a gap never shows as a blank cell. */
export function pick(text: Bilingual, tag: string | null | undefined): string {
  const chosen = text[toLocale(tag)];
  return chosen.length > 0 ? chosen : text[DEFAULT_LOCALE];
}
