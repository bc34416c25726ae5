/**
 * The languages the guide is written in, and the one shape every bilingual fact in `src/discord/` uses.
 * Views pick a language from Docusaurus' current locale; nothing here reads the environment, so the same
 * module renders identically on the server and in the browser.
 */
import {DEFAULT_LOCALE as SITE_DEFAULT, LOCALES as SITE_LOCALES, type SiteLocale} from '../../locales';

export type Locale = SiteLocale;

/** A text in every language of the site. Catalogue data carries both so one row is one fact. */
export type Bilingual = Readonly<Record<Locale, string>>;

/** The site's languages, from locales.ts (the list docusaurus.config.ts is built from). */
export const LOCALES: readonly Locale[] = SITE_LOCALES;

/** English is the source language: the Thai pages are translations of it, so it is the safe fallback. */
export const DEFAULT_LOCALE: Locale = SITE_DEFAULT;

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
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

/** A frozen copy, so a catalogue row's text cannot be changed by a view that holds it. */
export function freezeBilingual(text: Bilingual): Bilingual {
  return Object.freeze({...text});
}

/**
 * The English text to show beside a translated one, or undefined in English (or when the two are the same). Discord's
 * client labels are English on screens a Thai reader may still see in English (the Developer Portal, an English
 * client), and our Thai names for newer permissions are our own, so the Thai views print both: "ไทย (English)".
 */
export function englishBeside(text: Bilingual, tag: string | null | undefined): string | undefined {
  const locale = toLocale(tag);
  if (locale === DEFAULT_LOCALE) return undefined;
  const english = text[DEFAULT_LOCALE];
  return english.length > 0 && english !== pick(text, locale) ? english : undefined;
}
