import {afterEach, describe, expect, it, vi} from 'vitest';
import {placeholders} from '../invite/text';
import {LOCALES, type Locale} from '../locale';
import type {ContextErrorCode} from './context-error';

const CODES: readonly ContextErrorCode[] = [
  'bad-json',
  'too-large',
  'not-an-object',
  'not-a-list',
  'missing-field',
  'bad-field-type',
  'bad-snowflake',
  'bad-permission-string',
  'bad-position',
  'bad-overwrite-type',
  'bad-channel-type',
  'thread-channel',
  'bad-time',
  'duplicate-id',
  'missing-everyone-role',
  'role-not-found',
  'unknown-action',
  'bad-target',
];

async function textFor(locale: Locale) {
  vi.stubEnv('SITE_LOCALE', locale);
  vi.resetModules();
  return (await import('./context-error-text')).contextErrorText;
}

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

describe('contextErrorText', () => {
  it('has a sentence for every code in every language, with the same placeholders filled', async () => {
    const texts = [];
    // One at a time: each load reads SITE_LOCALE as it is stubbed.
    for (const locale of LOCALES) texts.push(await textFor(locale));
    for (const code of CODES) {
      const [en, ...others] = texts.map((text) =>
        text({code, path: 'roles[2].permissions', value: 'abc', position: 4, limit: 262144}),
      );
      expect(en, code).not.toMatch(/[{}]/);
      for (const other of others) {
        expect(other, code).not.toMatch(/[{}]/);
        expect(other, code).not.toBe(en);
      }
    }
  });

  it('points at the field and the value, counts positions from 1', async () => {
    const en = await textFor('en');
    expect(en({code: 'bad-permission-string', path: 'roles[2].permissions', value: 'abc'})).toBe(
      'roles[2].permissions is not a permission integer: abc. Discord writes them as whole numbers in quotes, such as "2048".',
    );
    expect(en({code: 'bad-json', position: 9})).toContain('character 10');
    expect(en({code: 'bad-json'})).toContain('character ?');
    const th = await textFor('th');
    expect(th({code: 'role-not-found', path: 'member.roles[0]', value: '42'})).toMatch(/[\u0e00-\u0e7f]/);
  });

  it('each language uses the placeholders English uses', async () => {
    const source = await import('node:fs').then((fs) =>
      fs.readFileSync(new URL('./context-error-text.ts', import.meta.url), 'utf8'),
    );
    const en = source.slice(source.indexOf('en: {'), source.indexOf('th: {'));
    const th = source.slice(source.indexOf('th: {'));
    expect(placeholders(th).length).toBe(placeholders(en).length);
  });
});
