import {afterEach, describe, expect, it, vi} from 'vitest';
import {LOCALES, type Locale} from '../locale';
import type {RuleText} from './text';
import {placeholders} from './text';

/*
 * Each entry's text is picked at build time (process.env.SITE_LOCALE), so each language is read by importing the
 * table afresh with the variable set, as a site build for that locale would see it.
 */
async function rulesIn(locale: Locale): Promise<ReadonlyArray<{readonly code: string; readonly text: RuleText}>> {
  vi.stubEnv('SITE_LOCALE', locale);
  vi.resetModules();
  const {RULES} = await import('./lint-rules');
  return RULES;
}

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

const THAI = /[\u0E00-\u0E7F]/;

describe('lint rule text', () => {
  it('every rule has a message and a fix in every locale', async () => {
    for (const locale of LOCALES) {
      for (const {code, text} of await rulesIn(locale)) {
        expect(text.message.trim().length, `${code} message in ${locale}`).toBeGreaterThan(10);
        expect(text.fix.trim().length, `${code} fix in ${locale}`).toBeGreaterThan(10);
        expect(text.message, `${code} in ${locale}: the fix repeats the message`).not.toBe(text.fix);
      }
    }
  });

  it('the Thai text is Thai, not a copy of the English', async () => {
    const english = await rulesIn('en');
    const thai = await rulesIn('th');
    thai.forEach(({code, text}, index) => {
      const en = english[index]?.text;
      for (const part of ['message', 'fix'] as const) {
        expect(text[part], `translate ${code} ${part} in lint-rules.ts`).toMatch(THAI);
        expect(text[part]).not.toBe(en?.[part]);
      }
    });
  });

  it('uses the same placeholders in every language', async () => {
    const english = await rulesIn('en');
    for (const locale of LOCALES) {
      (await rulesIn(locale)).forEach(({code, text}, index) => {
        const en = english[index]?.text;
        expect(placeholders(text.message), `${code} message in ${locale}`).toEqual(placeholders(en?.message ?? ''));
        expect(placeholders(text.fix), `${code} fix in ${locale}`).toEqual(placeholders(en?.fix ?? ''));
      });
    }
  });

  it('gives entries that share a code the same severity and text', async () => {
    const rules = (await import('./lint-rules')).RULES;
    const first = new Map<string, (typeof rules)[number]>();
    for (const rule of rules) {
      const seen = first.get(rule.code);
      if (seen === undefined) first.set(rule.code, rule);
      else expect([rule.severity, rule.text], rule.code).toEqual([seen.severity, seen.text]);
    }
  });

  it('falls back to English outside a site build', async () => {
    vi.stubEnv('SITE_LOCALE', undefined);
    vi.resetModules();
    const {findingText} = await import('./lint');
    expect(findingText({code: 'http-not-https', severity: 'warning'}).message).toBe(
      'The link starts with http://, which is not encrypted.',
    );
  });
});

describe('split-permission-missing', () => {
  it('names the permissions and the day in the build’s language', async () => {
    vi.stubEnv('SITE_LOCALE', 'th');
    vi.resetModules();
    const {findingText, lintInvite} = await import('./lint');
    const [finding] = lintInvite({clientId: '1234567890123456789', scopes: ['bot'], permissions: 8192n});
    expect(finding?.code).toBe('split-permission-missing');
    expect(findingText(finding!)).toEqual({
      message:
        'ลิงก์ขอสิทธิ์ จัดการข้อความ (Manage Messages) แต่ไม่ได้ขอ ปักหมุดข้อความ (Pin Messages) ตั้งแต่วันที่ 23 กุมภาพันธ์ ค.ศ. 2026 บอทต้องมี ปักหมุดข้อความ (Pin Messages) จึงจะทำสิ่งที่เคยทำได้ด้วย จัดการข้อความ (Manage Messages)',
      fix: 'เพิ่ม ปักหมุดข้อความ (Pin Messages) เว้นแต่บอทไม่ต้องใช้ ถ้าเพิ่มสิทธิ์ที่ขาดไปแบบนี้ครบทุกตัว ค่า permissions จะเป็น 2251799813693440',
    });
  });
});

describe('findingText', () => {
  it('reads in the locale of the build, with placeholders filled and long values cut', async () => {
    vi.stubEnv('SITE_LOCALE', 'th');
    vi.resetModules();
    const {findingText} = await import('./lint');
    const text = findingText({code: 'bad-value', severity: 'error', field: 'guildId', data: {value: 'x'.repeat(500)}});
    expect(text.message).toBe(`guild_id มีค่าที่ Discord ไม่รับ: “${'x'.repeat(80)}…”`);
    expect(text.fix).toBe('แก้ guild_id ตามตารางพารามิเตอร์ในหน้าตัวสร้างลิงก์เชิญ หรือลบออก');
  });
});
