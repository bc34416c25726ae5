import {describe, expect, it} from 'vitest';
import config from '../docusaurus.config';
import {DEFAULT_LOCALE, LOCALE_CONFIGS, LOCALES, TRANSLATED_LOCALES, localePath} from '../locales';
import * as catalogue from '../src/discord/locale';

// locales.ts is the one list of languages (see "Adding a language" in the README). These tests tie the places
// that can't import it yet to it, so a new language fails here with the file to change in the message.
describe('the site languages', () => {
  it('are what docusaurus.config.ts gives Docusaurus', () => {
    expect(config.i18n.defaultLocale).toBe(DEFAULT_LOCALE);
    expect(config.i18n.locales).toEqual([...LOCALES]);
    expect(Object.keys(config.i18n.localeConfigs ?? {}).sort()).toEqual([...LOCALES].sort());
    expect(TRANSLATED_LOCALES).not.toContain(DEFAULT_LOCALE);
    expect(TRANSLATED_LOCALES).toHaveLength(LOCALES.length - 1);
    for (const locale of LOCALES) expect(LOCALE_CONFIGS[locale].label.trim()).not.toBe('');
  });

  it('are the languages every catalogue row is written in (src/discord/locale.ts)', () => {
    expect([...catalogue.LOCALES], 'src/discord/locale.ts LOCALES and its Locale type').toEqual([...LOCALES]);
    expect(catalogue.DEFAULT_LOCALE, 'src/discord/locale.ts DEFAULT_LOCALE').toBe(DEFAULT_LOCALE);
    for (const locale of LOCALES) expect(catalogue.isLocale(locale), `isLocale('${locale}')`).toBe(true);
  });

  it('put translated pages under /<locale>/ and leave the default at the root', () => {
    expect(localePath(DEFAULT_LOCALE, '/docs/x')).toBe('/docs/x');
    for (const locale of TRANSLATED_LOCALES) {
      expect(localePath(locale, '/')).toBe(`/${locale}/`);
      expect(localePath(locale, '/docs/x')).toBe(`/${locale}/docs/x`);
    }
  });
});
