import {GatewayIntentBits} from 'discord-api-types/v10';
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';

import {
  ALL_INTENTS,
  decodeIntents,
  DISALLOWED_INTENTS_CLOSE,
  encodeIntents,
  getIntent,
  INTENT_ALIASES,
  INTENT_NEEDS,
  INTENTS,
  intentsForNeeds,
  INVALID_INTENTS_CLOSE,
  isIntentKey,
  PRIVILEGED_INTENT_REVIEW,
  PRIVILEGED_INTENTS,
  type IntentKey,
} from './intents';

// A numeric TS enum also maps values back to names at runtime; only the name → value half is the table.
const UPSTREAM: readonly (readonly [string, number])[] = Object.entries(GatewayIntentBits).filter(
  (entry): entry is [string, number] => typeof entry[1] === 'number',
);
const ALIASES: Readonly<Record<string, string>> = INTENT_ALIASES;
const where = 'src/discord/intents.ts';

describe('INTENTS catalogue', () => {
  it('matches discord-api-types GatewayIntentBits, aliases aside', () => {
    for (const [key, value] of UPSTREAM) {
      const target = ALIASES[key];
      if (target !== undefined) {
        expect(UPSTREAM.find(([name]) => name === target)?.[1], `alias ${key} must share ${target}'s value`).toBe(
          value,
        );
        expect(
          INTENTS.some((row) => row.key === key),
          `alias ${key} must not be a row`,
        ).toBe(false);
        continue;
      }
      const row = INTENTS.find((entry) => entry.key === key);
      expect(row, `GatewayIntentBits.${key} is missing: add a row to ${where}`).toBeDefined();
      expect(row?.value, `${key} value in ${where}`).toBe(BigInt(value));
      expect(row?.bit).toBe(Math.log2(value));
    }
    expect(INTENTS).toHaveLength(UPSTREAM.length - Object.keys(ALIASES).length);
    expect(INTENTS).toHaveLength(21);
  });

  it('leaves bits 17–19 and 22–23 unused', () => {
    const bits = INTENTS.map((row) => row.bit);
    for (const bit of [17, 18, 19, 22, 23]) expect(bits).not.toContain(bit);
    expect(bits).toEqual([...bits].sort((a, b) => a - b));
  });

  it('has apiName as SCREAMING_SNAKE of the key', () => {
    for (const row of INTENTS) {
      expect(row.apiName).toMatch(/^[A-Z_]+$/);
      expect(row.apiName.replace(/_/g, '')).toBe(row.key.toUpperCase());
    }
  });

  it('marks exactly the three privileged intents, each with its portal toggle', () => {
    const privileged = INTENTS.filter((row) => row.privileged);
    expect(privileged.map((row) => row.key)).toEqual(['GuildMembers', 'GuildPresences', 'MessageContent']);
    expect(privileged.map((row) => row.portalToggle?.en)).toEqual([
      'Server Members Intent',
      'Presence Intent',
      'Message Content Intent',
    ]);
    expect(INTENTS.filter((row) => !row.privileged).every((row) => row.portalToggle === undefined)).toBe(true);
    expect(PRIVILEGED_INTENTS).toBe((1n << 1n) | (1n << 8n) | (1n << 15n));
  });

  it.each(INTENTS.map((row) => [row.key, row] as const))('%s is described in both languages', (_key, row) => {
    expect(row.description.en.length).toBeGreaterThan(10);
    expect(row.description.th).toMatch(/[\u0e00-\u0e7f]/);
    if (row.portalToggle) expect(row.portalToggle.th.length).toBeGreaterThan(0);
  });

  it('lists gateway events for every intent but MESSAGE_CONTENT', () => {
    for (const row of INTENTS) {
      if (row.key === 'MessageContent') expect(row.events).toEqual([]);
      else expect(row.events.length, row.key).toBeGreaterThan(0);
      for (const event of row.events) expect(event).toMatch(/^[A-Z_]+$/);
    }
    expect(getIntent('GuildMembers').events).toContain('GUILD_MEMBER_ADD');
    expect(getIntent('GuildModeration').events).toContain('GUILD_AUDIT_LOG_ENTRY_CREATE');
    expect(getIntent('GuildMessagePolls').events).toEqual(['MESSAGE_POLL_VOTE_ADD', 'MESSAGE_POLL_VOTE_REMOVE']);
  });

  it('ALL_INTENTS is the OR of every row', () => {
    expect(ALL_INTENTS).toBe(INTENTS.reduce((all, row) => all | row.value, 0n));
    expect(ALL_INTENTS).toBe(53608447n);
  });
});

describe('encode / decode', () => {
  it('round-trips any set of keys', () => {
    const keys = INTENTS.map((row) => row.key);
    fc.assert(
      fc.property(fc.subarray(keys), (chosen) => {
        const decoded = decodeIntents(encodeIntents(chosen));
        expect(decoded.unknownBits).toEqual([]);
        expect(decoded.known.map((row) => row.key)).toEqual(keys.filter((key) => chosen.includes(key)));
      }),
    );
  });

  it('reports bits no intent has', () => {
    expect(decodeIntents((1n << 17n) | 1n | (1n << 40n))).toEqual({
      known: [getIntent('Guilds')],
      unknownBits: [17, 40],
    });
  });

  it('treats zero and negative values as empty', () => {
    expect(decodeIntents(0n)).toEqual({known: [], unknownBits: []});
    expect(decodeIntents(-1n)).toEqual({known: [], unknownBits: []});
  });

  it('encodes the classic message bot', () => {
    expect(encodeIntents(['Guilds', 'GuildMessages', 'MessageContent'])).toBe(33281n);
  });

  it('guards key lookups', () => {
    expect(isIntentKey('GuildMembers')).toBe(true);
    expect(isIntentKey('GuildBans')).toBe(false);
    expect(isIntentKey(2)).toBe(false);
    expect(() => getIntent('Nope' as IntentKey)).toThrow(/Unknown intent/);
  });
});

describe('INTENT_NEEDS', () => {
  it('has unique ids, bilingual labels and notes, and valid intents', () => {
    expect(new Set(INTENT_NEEDS.map((need) => need.id)).size).toBe(INTENT_NEEDS.length);
    for (const need of INTENT_NEEDS) {
      expect(need.label.en.length).toBeGreaterThan(3);
      expect(need.label.th).toMatch(/[\u0e00-\u0e7f]/);
      if (need.note) expect(need.note.th).toMatch(/[\u0e00-\u0e7f]/);
      for (const key of need.intents) expect(isIntentKey(key), `${need.id}: ${key}`).toBe(true);
    }
  });

  it('maps reading message text to Guilds + GuildMessages + MessageContent', () => {
    expect(intentsForNeeds(['read-message-text'])).toBe(encodeIntents(['Guilds', 'GuildMessages', 'MessageContent']));
  });

  it('maps joins/leaves to GuildMembers and DMs to DirectMessages only', () => {
    expect(decodeIntents(intentsForNeeds(['member-join-leave'])).known.map((r) => r.key)).toContain('GuildMembers');
    expect(intentsForNeeds(['read-dms'])).toBe(getIntent('DirectMessages').value);
  });

  it('needs no intent for slash commands, and ignores unknown ids', () => {
    expect(intentsForNeeds(['slash-commands'])).toBe(0n);
    expect(intentsForNeeds(['no-such-need', 'voice'])).toBe(encodeIntents(['Guilds', 'GuildVoiceStates']));
    expect(intentsForNeeds([])).toBe(0n);
  });

  it('covers the needs the guide promises', () => {
    const ids = INTENT_NEEDS.map((need) => need.id);
    for (const id of [
      'presences',
      'reactions',
      'voice',
      'scheduled-events',
      'polls',
      'typing',
      'invites',
      'moderation-log',
    ]) {
      expect(ids).toContain(id);
    }
  });
});

describe('privileged intent facts', () => {
  it('states the gateway close codes verbatim', () => {
    expect(INVALID_INTENTS_CLOSE).toMatchObject({code: 4013, name: 'Invalid intent(s)', reconnect: false});
    expect(DISALLOWED_INTENTS_CLOSE).toMatchObject({code: 4014, name: 'Disallowed intent(s)', reconnect: false});
    expect(DISALLOWED_INTENTS_CLOSE.explanation.th).toMatch(/[\u0e00-\u0e7f]/);
  });

  it('records the June 2026 user-count rule', () => {
    expect(PRIVILEGED_INTENT_REVIEW.effective).toBe('2026-06-10');
    expect(PRIVILEGED_INTENT_REVIEW.userThreshold).toBe(10_000);
    expect(PRIVILEGED_INTENT_REVIEW.previousServerThreshold).toBe(100);
    expect(PRIVILEGED_INTENT_REVIEW.daysToApply).toBe(90);
    expect(PRIVILEGED_INTENT_REVIEW.text.en).toMatch(/10,000/);
    expect(PRIVILEGED_INTENT_REVIEW.text.th).toMatch(/10,000/);
  });
});
