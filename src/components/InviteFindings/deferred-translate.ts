import type {Locale} from '@site/src/discord/locale';
import thai from '@site/i18n/th/deferred/invite-lint.json';

/**
 * Translations for text that only appears after a reader acts (lint findings). Docusaurus puts every code.json
 * message into each Thai page's main bundle; these sentences would add about 2 KiB gzip to every Thai page for a
 * tool most pages don't have. Kept in i18n/th/deferred/ instead, they load with the on-demand findings chunk.
 * scripts/check-i18n.mjs checks every id used here has Thai, as it does for code.json.
 */
const DEFERRED: Readonly<Record<Locale, Readonly<Record<string, string>>>> = {en: {}, th: thai};

export interface DeferredMessage {
  readonly id: string;
  /** The English text, also the fallback; `{name}` placeholders are filled from `values`. */
  readonly message: string;
  readonly description?: string;
}

export function deferredTranslate(
  locale: Locale,
  {id, message}: DeferredMessage,
  values: Readonly<Record<string, string | number>> = {},
): string {
  const text = DEFERRED[locale][id] ?? message;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
