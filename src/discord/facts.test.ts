import {describe, expect, it} from 'vitest';

import {API_ERRORS} from './bot-actions';
import {formatDayInProse} from './dates';
import {FACTS, factTable, findFact, permissionFacts, type Fact} from './facts';
import {installedDiscordApiTypesVersion} from './flag-catalogue-check';
import {
  AUTHENTICATION_FAILED_CLOSE,
  DISALLOWED_INTENTS_CLOSE,
  INTENTS,
  INVALID_INTENTS_CLOSE,
  PRIVILEGED_INTENT_REVIEW,
} from './intents';
import {LOCALES} from './locale';
import {CHANNEL_OBFUSCATION, PERMISSIONS, type PermissionInfo} from './permissions';
import {LIBRARIES} from './snippet-common';

const text = (id: string): Fact['text'] => {
  const fact = findFact(id);
  if (fact === undefined) throw new Error(`no fact ${id}`);
  return fact.text;
};
const both = (id: string): string => {
  const {en, th} = text(id);
  expect(th, id).toBe(en);
  return en;
};

describe('FACTS', () => {
  it('has one entry per id, each written in every language', () => {
    expect(new Set(FACTS.map((f) => f.id)).size).toBe(FACTS.length);
    for (const fact of FACTS) {
      expect(fact.id).toMatch(/^[A-Za-z]+(\.[A-Za-z0-9-]+)+$/);
      for (const locale of LOCALES) expect(fact.text[locale].trim(), `${fact.id} ${locale}`).not.toBe('');
    }
    expect(findFact('no.such.fact')).toBeUndefined();
  });

  it('reads the permission facts off the permission rows', () => {
    const bits = PERMISSIONS.map((p) => p.bit);
    expect(both('permissions.count')).toBe(String(PERMISSIONS.length));
    expect(both('permissions.highestBit')).toBe(String(Math.max(...bits)));
    const unused = Number(both('permissions.unusedBit'));
    expect(bits).not.toContain(unused);
    expect(unused).toBeLessThan(Math.max(...bits));
    expect(text('splits.enforced')).toEqual({en: '23 February 2026', th: '23 กุมภาพันธ์ 2026'});
    expect(text('split.PinMessages.date')).toEqual({en: '20 August 2025', th: '20 สิงหาคม 2025'});
    expect(FACTS.filter((f) => f.id.startsWith('split.')).length).toBe(PERMISSIONS.filter((p) => p.split).length);
    for (const row of PERMISSIONS) {
      expect(both(`permission.${row.key}.bitNumber`)).toBe(String(row.bit));
      expect(findFact(`permission.${row.key}.value`)).toMatchObject({style: 'code', text: {en: String(row.value)}});
    }
    expect(findFact('permission.ViewChannel.value')).toMatchObject({text: {en: '1024'}, guarded: true});
    expect(findFact('permission.Administrator.value')).toMatchObject({text: {en: '8'}, guarded: false});
    expect(findFact('tutorial.permissions.value')).toMatchObject({style: 'code', text: {en: '3072', th: '3072'}});
  });

  it('writes bits as the pages do, `1 << n`, in code style', () => {
    for (const intent of INTENTS) {
      expect(findFact(`intent.${intent.key}.bit`)).toMatchObject({style: 'code', text: {en: `1 << ${intent.bit}`}});
      expect(findFact(`intent.${intent.key}.name`)).toMatchObject({style: 'code', guarded: false});
      expect(both(`intent.${intent.key}.name`)).toBe(intent.apiName);
    }
    expect(both('intent.MessageContent.bit')).toBe('1 << 15');
    expect(both('channelObfuscation.channelFlag')).toBe(`1 << ${CHANNEL_OBFUSCATION.channelFlagBit}`);
    expect(both('channelObfuscation.capability')).toBe(`1 << ${CHANNEL_OBFUSCATION.capabilityBit}`);
  });

  it('reads the intent review, the verification limit and the close codes off intents.ts', () => {
    const review = PRIVILEGED_INTENT_REVIEW;
    expect(text('intents.review.userThreshold')).toEqual({en: '10,000', th: '10,000'});
    expect(both('intents.review.userThreshold')).toBe(review.userThreshold.toLocaleString('en'));
    expect(text('intents.review.effective')).toEqual({en: '10 June 2026', th: '10 มิถุนายน 2026'});
    expect(text('intents.review.effectiveMonth')).toEqual({en: 'June 2026', th: 'มิถุนายน 2026'});
    expect(both('intents.review.previousServerThreshold')).toBe(String(review.previousServerThreshold));
    expect(both('intents.review.daysToApply')).toBe(String(review.daysToApply));
    expect(both('verification.serverLimit')).toBe(String(review.verificationServerLimit));
    for (const [name, close] of [
      ['authenticationFailed', AUTHENTICATION_FAILED_CLOSE],
      ['invalidIntents', INVALID_INTENTS_CLOSE],
      ['disallowedIntents', DISALLOWED_INTENTS_CLOSE],
    ] as const) {
      expect(both(`closeCode.${name}.code`)).toBe(String(close.code));
      expect(both(`closeCode.${name}.name`)).toBe(close.name);
    }
    expect(both('apiError.missingAccess')).toBe(String(API_ERRORS.missingAccess));
    expect(both('apiError.missingPermissions')).toBe(String(API_ERRORS.missingPermissions));
  });

  it('reads library versions off LIBRARIES, and discord-api-types off what is installed', () => {
    for (const lib of LIBRARIES) {
      expect(both(`library.${lib.id}.version`)).toBe(lib.version);
      expect(findFact(`library.${lib.id}.tag`)).toMatchObject({style: 'code', text: {en: lib.tagPrefix + lib.version}});
      expect(lib.version.startsWith(`${both(`library.${lib.id}.major`)}.`)).toBe(true);
      expect(lib.version.startsWith(`${both(`library.${lib.id}.minor`)}.`)).toBe(true);
      expect(findFact(`library.${lib.id}.newestPublished`)?.text.en).toBe(lib.newestPublished);
    }
    expect(both('library.discord-py.tag')).toBe('v2.7.1');
    expect(both('library.discord-js.minor')).toBe('14.28');
    expect(both('library.discord-net.newestPublished')).toBe('3.18.0');
    expect(both('discordApiTypes.version')).toBe(installedDiscordApiTypesVersion());
  });

  it('is plain data for the remark plugin', () => {
    const table = factTable();
    expect(Object.keys(table)).toEqual(FACTS.map((f) => f.id));
    expect(JSON.parse(JSON.stringify(table))).toEqual(table);
    expect(table['intent.Guilds.bit']).toEqual({style: 'code', text: {en: '1 << 0', th: '1 << 0'}});
  });
});

describe('facts whose wording assumes something of the catalogue', () => {
  const row = (key: string): PermissionInfo => {
    const found = PERMISSIONS.find((p) => p.key === key);
    if (found === undefined) throw new Error(key);
    return found;
  };

  it('fail when a second bit falls unused ("bit 47 is unused" would be wrong)', () => {
    const withoutBit10 = PERMISSIONS.filter((p) => p.bit !== 10);
    expect(() => permissionFacts(withoutBit10)).toThrow(/permissions\.unusedBit: .*\[10,47\]/);
  });

  it('fail when the splits stop sharing one enforcement day', () => {
    const pin = row('PinMessages');
    const moved = {...pin, split: {...pin.split!, enforced: '2026-03-01'}} as PermissionInfo;
    const rows = PERMISSIONS.map((p) => (p.key === 'PinMessages' ? moved : p));
    expect(() => permissionFacts(rows)).toThrow(
      /splits\.enforced: .*2026-02-23,2026-03-01|splits\.enforced: .*2026-03-01,2026-02-23/,
    );
  });
});

describe('the catalogues’ own sentences', () => {
  // Texts in the catalogues that the tools show state some of these facts in words; they must say what the fields say.
  it('the intent review text states the review fields', () => {
    for (const locale of LOCALES) {
      const sentence = PRIVILEGED_INTENT_REVIEW.text[locale];
      for (const id of [
        'intents.review.effective',
        'intents.review.userThreshold',
        'intents.review.daysToApply',
        'intents.review.previousServerThreshold',
        'verification.serverLimit',
      ]) {
        expect(sentence, `${id} (${locale})`).toContain(text(id)[locale]);
      }
    }
  });

  it('each split note names only its own split’s days', () => {
    // The notes write days in full in English and abbreviated in Thai ("23 ก.พ. 2026"), as the calculator shows them.
    const thaiShort = new Intl.DateTimeFormat('th-TH-u-ca-gregory', {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    });
    let checked = 0;
    for (const {key, split} of PERMISSIONS) {
      if (split === undefined) continue;
      const days = [split.date, split.enforced ?? split.date];
      const en = days.map((day) => formatDayInProse(day, 'en'));
      const th = days.map((day) => thaiShort.format(new Date(`${day}T00:00:00Z`)));
      for (const [m] of split.note.en.matchAll(/\d{1,2} [A-Z][a-z]+ \d{4}/g)) {
        expect(en, `${key}: ${m}`).toContain(m);
        checked += 1;
      }
      for (const [m] of split.note.th.matchAll(/\d{1,2} [\u0E00-\u0E7F]+\.[\u0E00-\u0E7F]+\. \d{4}/g)) {
        expect(th, `${key}: ${m}`).toContain(m);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(6);
  });
});
