import {describe, expect, it} from 'vitest';

import {LOCALES as SITE_LOCALES} from '../../locales';
import {DEFAULT_LOCALE, englishBeside, isLocale, LOCALES, pick, toLocale} from './locale';

describe('locale', () => {
  it('knows the languages of the site, the default first', () => {
    expect(LOCALES).toEqual(SITE_LOCALES);
    expect(LOCALES[0]).toBe(DEFAULT_LOCALE);
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

describe('englishBeside', () => {
  it('gives the English to print beside a Thai text, and nothing in English or when they are the same', () => {
    expect(englishBeside({en: 'Deafen Members', th: 'ปิดการได้ยินสมาชิก'}, 'th')).toBe('Deafen Members');
    expect(englishBeside({en: 'Deafen Members', th: 'ปิดการได้ยินสมาชิก'}, 'en')).toBeUndefined();
    expect(englishBeside({en: 'Stage', th: 'Stage'}, 'th')).toBeUndefined();
    expect(englishBeside({en: 'Speak', th: ''}, 'th')).toBeUndefined();
  });
});
