import {GatewayIntentBits} from 'discord-api-types/v10';
import {describe, expect, it} from 'vitest';

import {MAX_BITFIELD, unknownBits} from './bitfield';
import {
  catalogueProblems,
  installedDiscordApiTypesVersion,
  upstreamValues,
  type CatalogueSource,
  type UpstreamTable,
} from './flag-catalogue-check';
import {
  ALL_INTENTS,
  decodeIntents,
  AUTHENTICATION_FAILED_CLOSE,
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
import {LOCALES} from './locale';

const UPSTREAM: Readonly<Record<string, bigint>> = upstreamValues(GatewayIntentBits);
const ALIASES: Readonly<Record<string, string>> = INTENT_ALIASES;
const where = 'src/discord/intents.ts';
const TABLE: UpstreamTable = {name: 'GatewayIntentBits', version: installedDiscordApiTypesVersion(), values: UPSTREAM};
const SOURCE: CatalogueSource = {
  file: where,
  aliasesName: 'INTENT_ALIASES',
  aliases: ALIASES,
  newRow:
    'apiName, bit {bit}, privileged (and portalToggle if it is), en/th label, events and description, from ' +
    "Discord's gateway docs",
};
const problemsWith = (values: Readonly<Record<string, bigint>>): string[] =>
  catalogueProblems({...TABLE, values}, SOURCE, INTENTS);
const upstream = (...keys: IntentKey[]): bigint => keys.reduce((all, key) => all | (UPSTREAM[key] ?? 0n), 0n);

describe('INTENTS catalogue vs discord-api-types', () => {
  it('matches GatewayIntentBits key for key and bit for bit, aliases aside', () => {
    expect(problemsWith(UPSTREAM)).toEqual([]);
  });

  it('fails with a how-to-fix message when a future version adds an intent', () => {
    // The highest bit no row uses, so the made-up intent never collides with a real one.
    const bit = unknownBits(MAX_BITFIELD, ALL_INTENTS).at(-1) ?? -1;
    const problems = problemsWith({...UPSTREAM, GuildDragons: 1n << BigInt(bit)});
    expect(problems).toEqual([expect.stringContaining(`GatewayIntentBits.GuildDragons = 1n << ${bit}n`)]);
    expect(problems[0]).toContain(`Add a row to ROWS (apiName, bit ${bit}, privileged`);
    expect(problems[0]).toMatch(/add it to INTENT_ALIASES/);
  });

  it("names both deprecated aliases, each sharing its target's value", () => {
    const {GuildBans: _alias, ...withoutAlias} = UPSTREAM;
    expect(problemsWith(withoutAlias)).toEqual([
      'GuildBans no longer exists in GatewayIntentBits: drop it from INTENT_ALIASES.',
    ]);
    for (const alias of Object.keys(ALIASES))
      expect(isIntentKey(alias), `alias ${alias} must not be a row`).toBe(false);
  });

  it('has one row per distinct upstream value, in bit order', () => {
    expect(INTENTS).toHaveLength(new Set(Object.values(UPSTREAM)).size);
    const bits = INTENTS.map((row) => row.bit);
    expect(bits).toEqual([...bits].sort((a, b) => a - b));
  });

  it('leaves unused exactly the bits below the highest intent that upstream leaves unused', () => {
    const highest = Math.max(...INTENTS.map((row) => row.bit));
    const upstreamBits = new Set(Object.values(UPSTREAM).map((value) => value.toString(2).length - 1));
    const gaps = Array.from({length: highest}, (_, bit) => bit).filter((bit) => !upstreamBits.has(bit));
    expect(unknownBits((1n << BigInt(highest + 1)) - 1n, ALL_INTENTS)).toEqual(gaps);
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
    expect(PRIVILEGED_INTENTS).toBe(upstream('GuildMembers', 'GuildPresences', 'MessageContent'));
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

  it('ALL_INTENTS is the OR of every row, equal to the OR of discord-api-types', () => {
    expect(ALL_INTENTS).toBe(INTENTS.reduce((all, row) => all | row.value, 0n));
    expect(ALL_INTENTS).toBe(Object.values(UPSTREAM).reduce((all, value) => all | value, 0n));
  });

  it('is frozen, so a view cannot change a fact by accident', () => {
    expect(Object.isFrozen(INTENTS)).toBe(true);
    for (const row of INTENTS) {
      expect(Object.isFrozen(row) && Object.isFrozen(row.label) && Object.isFrozen(row.events), row.key).toBe(true);
      expect(Object.isFrozen(row.description) && (!row.portalToggle || Object.isFrozen(row.portalToggle))).toBe(true);
    }
  });
});

describe('intent labels', () => {
  it.each(INTENTS.map((info) => [info.key, info] as const))('%s is named in English and Thai', (key, info) => {
    expect(info.label.en.length, `name ${key} in ${where}`).toBeGreaterThan(2);
    expect(info.label.th, `${key}: the Thai name needs Thai text`).toMatch(/[\u0e00-\u0e7f]/);
  });

  it('gives every intent a different name in each language (checkbox names must be unique)', () => {
    for (const locale of LOCALES) {
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
      expect(notes).toContain(getIntent(key).label.en);
    }
  });
});

describe('encode / decode', () => {
  it('reports bits no intent has, with the same arithmetic as permissions', () => {
    const free = unknownBits(MAX_BITFIELD, ALL_INTENTS);
    const [first = -1, last = -1] = [free[0], free.at(-1)];
    expect(decodeIntents((1n << BigInt(first)) | getIntent('Guilds').value | (1n << BigInt(last)))).toEqual({
      known: [getIntent('Guilds')],
      unknownBits: [first, last],
    });
  });

  it('treats zero and negative values as empty', () => {
    expect(decodeIntents(0n)).toEqual({known: [], unknownBits: []});
    expect(decodeIntents(-1n)).toEqual({known: [], unknownBits: []});
  });

  it('encodes the classic message bot', () => {
    expect(encodeIntents(['Guilds', 'GuildMessages', 'MessageContent'])).toBe(
      upstream('Guilds', 'GuildMessages', 'MessageContent'),
    );
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
    expect(AUTHENTICATION_FAILED_CLOSE).toMatchObject({code: 4004, name: 'Authentication failed', reconnect: false});
    expect(AUTHENTICATION_FAILED_CLOSE.explanation.th).toMatch(/[\u0e00-\u0e7f]/);
  });

  it('records the June 2026 user-count rule', () => {
    expect(PRIVILEGED_INTENT_REVIEW.effective).toBe('2026-06-10');
    expect(PRIVILEGED_INTENT_REVIEW.userThreshold).toBe(10_000);
    expect(PRIVILEGED_INTENT_REVIEW.previousServerThreshold).toBe(100);
    expect(PRIVILEGED_INTENT_REVIEW.daysToApply).toBe(90);
    expect(PRIVILEGED_INTENT_REVIEW.verificationServerLimit).toBe(100);
    expect(PRIVILEGED_INTENT_REVIEW.text.en).toMatch(/10,000/);
    expect(PRIVILEGED_INTENT_REVIEW.text.th).toMatch(/10,000/);
  });
});
