/**
 * The one place the site prints a date. Thai uses the Gregorian calendar (CE years, as the prose does: "2026"), not
 * the Buddhist calendar `Intl` picks for plain `th` (which prints 2016 as 2559). Thai long dates carry the era
 * themselves ("5 มกราคม ค.ศ. 2016"), so a reader who expects BE years sees which calendar this is.
 * Every view that shows a date (the Application ID field, the invite checker, the permission-split notes) formats it
 * here, and so do the pages' running text ({@link formatDayInProse}, for facts.ts).
 */
import {toLocale, type Locale} from './locale';

/** The `Intl` locale for each site language. A Record, so a new language is a type error until it has one. */
const INTL_LOCALES: Readonly<Record<Locale, string>> = Object.freeze({
  en: 'en',
  th: 'th-TH-u-ca-gregory',
});

export type DateStyle = 'long' | 'medium';

/** The `Intl` locale tag to format dates with for a Docusaurus locale ('th', 'th-TH', 'en'…). */
export function intlDateLocale(tag: string | null | undefined): string {
  return INTL_LOCALES[toLocale(tag)];
}

/** A formatter for the site's dates in this language (reuse it when formatting many dates). */
export function dateFormatter(tag: string | null | undefined, style: DateStyle = 'long'): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(intlDateLocale(tag), {dateStyle: style});
}

/** A date as the site prints it, in the reader's time zone. */
export function formatDate(date: Date, tag: string | null | undefined, style: DateStyle = 'long'): string {
  return dateFormatter(tag, style).format(date);
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Midnight UTC of a YYYY-MM-DD day: formatted in UTC, it prints as written wherever the reader is. */
function utcDay(day: string): Date {
  const match = ISO_DAY.exec(day);
  if (match === null) throw new Error(`not a YYYY-MM-DD day: ${day}`);
  const [, year, month, date] = match.map(Number) as [number, number, number, number];
  return new Date(Date.UTC(year, month - 1, date));
}

/**
 * A calendar day written YYYY-MM-DD (the catalogues' dates, e.g. when a permission split took effect), as the site
 * prints it. A day has no time zone: it is printed as written wherever the reader is, not moved a day west of UTC.
 */
export function formatDay(day: string, tag: string | null | undefined, style: DateStyle = 'long'): string {
  const formatter = new Intl.DateTimeFormat(intlDateLocale(tag), {dateStyle: style, timeZone: 'UTC'});
  return formatter.format(utcDay(day));
}

/**
 * How the pages' running text writes a date, which is not how the tools print one: English puts the day first ("10
 * June 2026", as every English page does), and Thai writes the CE year without "ค.ศ." ("10 มิถุนายน 2026"), as the Thai
 * pages write every year. A Record, so a new language is a type error until it has one.
 */
const PROSE_LOCALES: Readonly<Record<Locale, string>> = Object.freeze({
  en: 'en-GB',
  th: 'th-TH-u-ca-gregory',
});

/** A YYYY-MM-DD day as the pages' running text writes it: "23 February 2026", "23 กุมภาพันธ์ 2026". */
export function formatDayInProse(day: string, locale: Locale): string {
  const formatter = new Intl.DateTimeFormat(PROSE_LOCALES[locale], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return formatter.format(utcDay(day));
}

/** The month of a YYYY-MM-DD day as running text writes it: "June 2026", "มิถุนายน 2026". */
export function formatMonthInProse(day: string, locale: Locale): string {
  const formatter = new Intl.DateTimeFormat(PROSE_LOCALES[locale], {month: 'long', year: 'numeric', timeZone: 'UTC'});
  return formatter.format(utcDay(day));
}

/**
 * Month abbreviations of the "last updated" date, as `Intl` writes them in each language (checked against `Intl` in
 * dates.test.ts). Written out so the page footer formats its date without `Intl.DateTimeFormat`: the first formatter
 * a page builds loads the locale's calendar data, about 26 ms of the main thread on a doc page (104 ms in a
 * 4× throttled profile), in the middle of hydration.
 */
const SHORT_MONTHS: Readonly<Record<Locale, readonly string[]>> = Object.freeze({
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  th: ['ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.', 'ต.ค.', 'พ.ย.', 'ธ.ค.'],
});

/**
 * A moment as the "last updated" line prints its day, in UTC: "Dec 1, 2026", "1 ธ.ค. 2026" (CE year). The same text
 * as `Intl.DateTimeFormat(locale, {day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC'})` with the
 * Gregorian calendar, which is what Docusaurus prints there.
 */
export function formatUpdatedDay(at: Date, locale: Locale): string {
  const day = at.getUTCDate();
  const month = SHORT_MONTHS[locale][at.getUTCMonth()] ?? '';
  const year = at.getUTCFullYear();
  return locale === 'th' ? `${day} ${month} ${year}` : `${month} ${day}, ${year}`;
}
