import {describe, expect, it} from 'vitest';

import {DEFAULT_LOCALE, isLocale, LOCALES, pick, toLocale} from './locale';

describe('locale', () => {
  it('knows exactly English and Thai, English first', () => {
    expect(LOCALES).toEqual(['en', 'th']);
    expect(DEFAULT_LOCALE).toBe('en');
    expect(isLocale('th')).toBe(true);
    expect(isLocale('th-TH')).toBe(false);
    expect(isLocale(undefined)).toBe(false);
  });

  it.each([
    ['th', 'th'],
    ['th-TH', 'th'],
    ['TH_th', 'th'],
    ['en-US', 'en'],
    ['fr', 'en'],
    ['', 'en'],
    [undefined, 'en'],
    [null, 'en'],
  ] as const)('reads %j as %s', (tag, locale) => {
    expect(toLocale(tag)).toBe(locale);
  });

  it('picks the text for a locale and falls back to English when a translation is empty', () => {
    expect(pick({en: 'Ban Members', th: 'แบนสมาชิก'}, 'th-TH')).toBe('แบนสมาชิก');
    expect(pick({en: 'Ban Members', th: 'แบนสมาชิก'}, 'en')).toBe('Ban Members');
    expect(pick({en: 'Ban Members', th: ''}, 'th')).toBe('Ban Members');
  });
});
