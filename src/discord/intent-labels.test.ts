import {describe, expect, it} from 'vitest';
import {INTENT_NEEDS, INTENTS} from '@site/src/discord/intents';

const where = 'src/discord/intents.ts (INTENT_LABELS)';

describe('intent labels', () => {
  it.each(INTENTS.map((info) => [info.key] as const))('%s is named in English and Thai', (key) => {
    const label = INTENTS.find((info) => info.key === key)!.label;
    expect(label, `name ${key} in ${where}`).toBeDefined();
    expect(label.en.length).toBeGreaterThan(2);
    expect(label.th, `${key}: the Thai name needs Thai text`).toMatch(/[\u0e00-\u0e7f]/);
  });

  it('gives every intent a different name in each language (checkbox names must be unique)', () => {
    for (const locale of ['en', 'th'] as const) {
      const names = INTENTS.map((info) => info.label[locale]);
      expect(new Set(names).size, `duplicate ${locale} name in ${where}`).toBe(names.length);
    }
  });

  it('names the privileged intents as their Developer Portal toggles do', () => {
    for (const info of INTENTS.filter((row) => row.privileged)) {
      expect(info.portalToggle?.en).toBe(`${info.label.en} Intent`);
    }
  });

  it('uses the names the needs notes in intents.ts refer to', () => {
    const notes = INTENT_NEEDS.map((need) => need.note?.en ?? '').join(' ');
    for (const key of ['MessageContent', 'GuildMembers', 'GuildPresences'] as const) {
      expect(notes).toContain(INTENTS.find((info) => info.key === key)!.label.en);
    }
  });
});
