import {ChannelFlags, GatewayCapabilityBits, PermissionFlagsBits} from 'discord-api-types/v10';
import {describe, expect, it, vi} from 'vitest';

import {MAX_BITFIELD, unknownBits} from './bitfield';
import {
  catalogueProblems,
  installedDiscordApiTypesVersion,
  upstreamValues,
  type CatalogueSource,
  type UpstreamTable,
} from './flag-catalogue-check';
import {
  ALL_PERMISSIONS,
  CHANNEL_OBFUSCATION,
  findPermissionByName,
  foldForSearch,
  getPermission,
  isPermissionKey,
  PERMISSION_ALIASES,
  PERMISSION_GROUPS,
  PERMISSIONS,
  searchPermissions,
  TWO_FACTOR_PERMISSIONS,
  type PermissionInfo,
  type PermissionKey,
} from './permissions';

const UPSTREAM: Readonly<Record<string, bigint>> = upstreamValues(PermissionFlagsBits);
const ALIASES: Readonly<Record<string, string>> = PERMISSION_ALIASES;

const where = 'src/discord/permissions.ts';
const TABLE: UpstreamTable = {
  name: 'PermissionFlagsBits',
  version: installedDiscordApiTypesVersion(),
  values: UPSTREAM,
};
const SOURCE: CatalogueSource = {
  file: where,
  aliasesName: 'PERMISSION_ALIASES',
  aliases: ALIASES,
  newRow:
    "apiName, bit {bit}, group, channels, twoFactor, en/th label and description, from Discord's permissions docs",
};
const problemsWith = (values: Readonly<Record<string, bigint>>): string[] =>
  catalogueProblems({...TABLE, values}, SOURCE, PERMISSIONS);

describe('catalogue vs discord-api-types', () => {
  it('matches PermissionFlagsBits key for key and bit for bit', () => {
    expect(problemsWith(UPSTREAM)).toEqual([]);
  });

  it('fails with a how-to-fix message when a future version adds a flag', () => {
    // The highest bit no row uses, so the made-up flag never collides with a real one.
    const bit = unknownBits(MAX_BITFIELD, ALL_PERMISSIONS).at(-1) ?? -1;
    const problems = problemsWith({...UPSTREAM, SummonDragons: 1n << BigInt(bit)});
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(`PermissionFlagsBits.SummonDragons = 1n << ${bit}n`);
    expect(problems[0]).toContain(`Add a row to ROWS (apiName, bit ${bit},`);
  });

  it('fails when upstream drops or renumbers a flag', () => {
    const {PinMessages: _dropped, ...withoutPin} = UPSTREAM;
    expect(problemsWith(withoutPin)[0]).toMatch(/has a row for PinMessages/);
    const moved = {...UPSTREAM, Speak: 1n << 60n};
    expect(problemsWith(moved)[0]).toMatch(/Speak: .* says bit 21, .* says bit 60/);
  });

  it('fails when an alias stops being one, or two upstream keys share a bit unexplained', () => {
    const {ManageEmojisAndStickers: _alias, ...withoutAlias} = UPSTREAM;
    expect(problemsWith(withoutAlias)).toEqual([
      'ManageEmojisAndStickers no longer exists in PermissionFlagsBits: drop it from PERMISSION_ALIASES.',
    ]);
    expect(problemsWith({...UPSTREAM, ManageEmojisAndStickers: 1n << 60n})[0]).toMatch(/values differ upstream/);
    expect(problemsWith({...UPSTREAM, SpeakLoudly: UPSTREAM.Speak ?? 0n})[0]).toMatch(
      /SpeakLoudly and Speak share one value: list the deprecated one in PERMISSION_ALIASES/,
    );
  });

  it.each(Object.entries(UPSTREAM).filter(([key]) => !(key in ALIASES)))(
    'PermissionFlagsBits.%s has a catalogue row with the same value',
    (key, value) => {
      const row = PERMISSIONS.find((candidate) => candidate.key === key);
      expect(row, `no row for ${key}: add one to ${where}`).toBeDefined();
      expect(row?.value, `${key} has the wrong bit in ${where}`).toBe(value);
    },
  );

  it('keeps every deprecated alias findable by its old name', () => {
    for (const [alias, target] of Object.entries(ALIASES)) {
      expect(getPermission(target as PermissionKey).value).toBe(UPSTREAM[alias]);
      expect(findPermissionByName(alias)?.key, `${alias} should still be findable by its old name`).toBe(target);
    }
  });

  it('derives ALL_PERMISSIONS from the rows, equal to the OR of discord-api-types', () => {
    const upstreamAll = Object.values(UPSTREAM).reduce((all, value) => all | value, 0n);
    expect(ALL_PERMISSIONS).toBe(upstreamAll);
    expect(ALL_PERMISSIONS).toBe(PERMISSIONS.reduce((all, row) => all | row.value, 0n));
  });

  it('has one row per distinct upstream value', () => {
    expect(PERMISSIONS).toHaveLength(new Set(Object.values(UPSTREAM)).size);
  });
});

// Where a mechanical PascalCase → SCREAMING_SNAKE conversion differs from Discord's docs name.
const API_NAME_EXCEPTIONS: Readonly<Partial<Record<PermissionKey, string>>> = {SendTTSMessages: 'SEND_TTS_MESSAGES'};
const screamingSnake = (key: string): string => key.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();
const THAI = /[\u0E00-\u0E7F]/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

describe.each(PERMISSIONS.map((row) => [row.key, row] as const))('row %s', (key, row) => {
  it('has an English and a Thai label and one-line description', () => {
    for (const [field, text] of [
      ['label', row.label],
      ['description', row.description],
    ] as const) {
      expect(text.en.trim(), `${key}.${field}.en is empty`).not.toBe('');
      expect(text.th.trim(), `${key}.${field}.th is empty`).not.toBe('');
      expect(text.th, `${key}.${field}.th is a copy of the English: translate it`).not.toBe(text.en);
      expect(text.th, `${key}.${field}.th has no Thai in it`).toMatch(THAI);
      expect(text.en, `${key}.${field}.en must be one line`).not.toMatch(/\n/);
      expect(text.th, `${key}.${field}.th must be one line`).not.toMatch(/\n/);
    }
    expect(row.description.en.length, `${key}.description.en is more than one line's worth`).toBeLessThanOrEqual(140);
  });

  it('names the API flag after its key', () => {
    const expected = API_NAME_EXCEPTIONS[key] ?? screamingSnake(key);
    expect(row.apiName, `${key}.apiName should be ${expected}, or list the exception in API_NAME_EXCEPTIONS`).toBe(
      expected,
    );
  });

  it('has a value that is exactly its bit, within 64 bits', () => {
    expect(Number.isInteger(row.bit) && row.bit >= 0 && row.bit < 64, `${key}.bit`).toBe(true);
    expect(row.value).toBe(1n << BigInt(row.bit));
  });

  it('lists each channel kind at most once, in T, V, S order', () => {
    const order = ['text', 'voice', 'stage'];
    expect([...row.channels].sort((a, b) => order.indexOf(a) - order.indexOf(b))).toEqual(row.channels);
    expect(new Set(row.channels).size).toBe(row.channels.length);
  });

  it('has usable old names and, if split, a real parent', () => {
    for (const name of row.oldNames) expect(name.trim(), `${key} has an empty old name`).not.toBe('');
    expect(new Set(row.oldNames).size, `${key} repeats an old name`).toBe(row.oldNames.length);
    if (row.channelLabel) {
      expect(row.channelLabel.th).not.toBe(row.channelLabel.en);
      expect(row.channelLabel.en).not.toBe(row.label.en);
    }
    if (row.split) {
      expect(isPermissionKey(row.split.from), `${key}.split.from must be a catalogue key`).toBe(true);
      expect(row.split.from).not.toBe(key);
      for (const other of row.split.alsoFrom ?? []) {
        expect(isPermissionKey(other), `${key}.split.alsoFrom must name catalogue keys`).toBe(true);
        expect([key, row.split.from]).not.toContain(other);
      }
      // Only an enforced split can have taken anything from a bot.
      if (row.split.affectsBots) expect(row.split.enforced, `${key}: affectsBots without a date`).toMatch(ISO_DATE);
      expect(row.split.date).toMatch(ISO_DATE);
      expect(Number.isNaN(Date.parse(row.split.date))).toBe(false);
      if (row.split.enforced) expect(row.split.enforced > row.split.date, `${key}: enforced before split`).toBe(true);
      expect(row.split.note.th).toMatch(THAI);
      expect(row.split.note.en).not.toBe(row.split.note.th);
    }
  });
});

describe('catalogue as a whole', () => {
  it('has unique keys, bits, API names and labels', () => {
    const fields: ((row: PermissionInfo) => string | number)[] = [
      (row: PermissionInfo) => row.key,
      (row: PermissionInfo) => row.bit,
      (row: PermissionInfo) => row.apiName,
      (row: PermissionInfo) => row.label.en,
      (row: PermissionInfo) => row.label.th,
    ];
    for (const pick of fields) {
      const values = PERMISSIONS.map((row) => pick(row));
      expect(new Set(values).size).toBe(values.length);
    }
  });

  it('never gives two rows the same searchable name, so findPermissionByName is unambiguous', () => {
    const owner = new Map<string, string>();
    for (const row of PERMISSIONS) {
      const names = [row.key, row.apiName, row.label.en, row.label.th, ...row.oldNames];
      if (row.channelLabel) names.push(row.channelLabel.en, row.channelLabel.th);
      for (const name of names) {
        const folded = foldForSearch(name);
        const previous = owner.get(folded);
        expect(previous === undefined || previous === row.key, `"${name}" names both ${previous} and ${row.key}`).toBe(
          true,
        );
        owner.set(folded, row.key);
      }
    }
  });

  it('is ordered by the role editor groups, each group contiguous and non-empty', () => {
    const groupIds = PERMISSION_GROUPS.map((group) => group.id);
    expect(groupIds).toEqual(['general', 'membership', 'text', 'voice', 'apps', 'stage', 'events', 'advanced']);
    const seen = PERMISSIONS.map((row) => row.group).filter((group, i, all) => group !== all[i - 1]);
    expect(seen).toEqual(groupIds);
    for (const group of PERMISSION_GROUPS) {
      expect(group.label.en).toMatch(/Permissions$/);
      expect(group.label.th).toMatch(THAI);
    }
  });

  it('follows the role editor order at the edges of each group', () => {
    const keysOf = (group: string): string[] => PERMISSIONS.filter((row) => row.group === group).map((row) => row.key);
    expect(keysOf('general')[0]).toBe('ViewChannel');
    expect(keysOf('general').at(-1)).toBe('ManageGuild');
    expect(keysOf('membership')).toEqual([
      'CreateInstantInvite',
      'ChangeNickname',
      'ManageNicknames',
      'KickMembers',
      'BanMembers',
      'ModerateMembers',
    ]);
    expect(keysOf('apps')).toEqual(['UseApplicationCommands', 'UseEmbeddedActivities', 'UseExternalApps']);
    expect(keysOf('events')).toEqual(['CreateEvents', 'ManageEvents']);
    expect(keysOf('advanced')).toEqual(['Administrator']);
  });

  it('marks exactly the permissions Discord docs star as needing owner 2FA', () => {
    const starred = PERMISSIONS.filter((row) => row.twoFactor).map((row) => row.apiName);
    expect(starred.sort()).toEqual(
      [
        'KICK_MEMBERS',
        'BAN_MEMBERS',
        'ADMINISTRATOR',
        'MANAGE_CHANNELS',
        'MANAGE_GUILD',
        'MANAGE_MESSAGES',
        'MANAGE_ROLES',
        'MANAGE_WEBHOOKS',
        'MANAGE_GUILD_EXPRESSIONS',
        'MANAGE_THREADS',
        'VIEW_CREATOR_MONETIZATION_ANALYTICS',
      ].sort(),
    );
    // Its `**` in the docs is about what timed-out members keep, not 2FA.
    expect(getPermission('ModerateMembers').twoFactor).toBe(false);
    expect(TWO_FACTOR_PERMISSIONS).toBe(
      PERMISSIONS.filter((row) => row.twoFactor).reduce((all, row) => all | row.value, 0n),
    );
  });

  it('records the splits from Discord’s change log', () => {
    const splits = Object.fromEntries(
      PERMISSIONS.filter((row) => row.split).map((row) => [
        row.key,
        [row.split?.from, row.split?.date, row.split?.enforced, row.split?.affectsBots],
      ]),
    );
    expect(splits).toEqual({
      PinMessages: ['ManageMessages', '2025-08-20', '2026-02-23', true],
      // "bots are not affected by slowmode restrictions" (change log, 2025-11-24)
      BypassSlowmode: ['ManageMessages', '2025-11-24', '2026-02-23', false],
      CreateGuildExpressions: ['ManageGuildExpressions', '2025-11-20', '2026-02-23', true],
      CreateEvents: ['ManageEvents', '2025-11-20', '2026-02-23', true],
    });
    expect(getPermission('BypassSlowmode').split?.alsoFrom).toEqual(['ManageChannels', 'ManageThreads']);
  });

  it('uses the client names the API docs spell out', () => {
    expect(getPermission('ManageRoles').channelLabel?.en).toBe('Manage Permissions');
    expect(getPermission('UseVAD').label.en).toBe('Use Voice Activity');
    expect(getPermission('ModerateMembers').label.en).toBe('Timeout Members');
    expect(getPermission('Administrator').label.th).toBe('ผู้ดูแลระบบ');
  });

  it('is frozen, so a view cannot change a fact by accident', () => {
    expect(Object.isFrozen(PERMISSIONS)).toBe(true);
    expect(Object.isFrozen(PERMISSIONS[0])).toBe(true);
    expect(Object.isFrozen(PERMISSIONS[0]?.label)).toBe(true);
    expect(Object.isFrozen(getPermission('PinMessages').split)).toBe(true);
  });
});

describe('getPermission / isPermissionKey', () => {
  it('returns the row for a key', () => {
    expect(getPermission('ManageGuild')).toMatchObject({apiName: 'MANAGE_GUILD', bit: 5, value: 32n});
  });

  it('refuses a key that is not in the catalogue', () => {
    expect(() => getPermission('ManageEmojisAndStickers' as PermissionKey)).toThrow(RangeError);
    expect(isPermissionKey('ManageEmojisAndStickers')).toBe(false);
    expect(isPermissionKey('ManageGuild')).toBe(true);
    expect(isPermissionKey(5)).toBe(false);
  });
});

describe('findPermissionByName', () => {
  it('folds no name while a page imports the catalogue, only on the first lookup', async () => {
    vi.resetModules();
    const normalize = vi.spyOn(String.prototype, 'normalize');
    try {
      const fresh = await import('./permissions');
      expect(normalize).not.toHaveBeenCalled();
      expect(fresh.findPermissionByName('MANAGE_GUILD')?.key).toBe('ManageGuild');
      expect(normalize.mock.calls.length).toBeGreaterThan(PERMISSIONS.length);
    } finally {
      normalize.mockRestore();
    }
  });

  it.each([
    ['ManageGuild', 'ManageGuild'],
    ['MANAGE_GUILD', 'ManageGuild'],
    ['manage_guild', 'ManageGuild'],
    ['  manage guild ', 'ManageGuild'],
    ['Manage Server', 'ManageGuild'],
    ['MANAGE_EMOJIS_AND_STICKERS', 'ManageGuildExpressions'],
    ['ManageEmojisAndStickers', 'ManageGuildExpressions'],
    ['Manage Emojis', 'ManageGuildExpressions'],
    ['USE_SLASH_COMMANDS', 'UseApplicationCommands'],
    ['START_EMBEDDED_ACTIVITIES', 'UseEmbeddedActivities'],
    ['READ_MESSAGES', 'ViewChannel'],
    ['Manage Permissions', 'ManageRoles'],
    ['ผู้ดูแลระบบ', 'Administrator'],
  ])('finds %j as %s', (name, key) => {
    expect(findPermissionByName(name)?.key).toBe(key);
  });

  it.each(['', '   ', '___', 'Manage', 'SummonDragons'])('finds nothing for %j', (name) => {
    expect(findPermissionByName(name)).toBeUndefined();
  });
});

describe('searchPermissions', () => {
  const keys = (rows: readonly PermissionInfo[]): string[] => rows.map((row) => row.key);

  it('returns every row for an empty query, as a copy', () => {
    const all = searchPermissions('  ');
    expect(keys(all)).toEqual(keys(PERMISSIONS));
    expect(all).not.toBe(PERMISSIONS);
  });

  it('puts an exact name first, then names that contain the query, then description matches', () => {
    const result = keys(searchPermissions('speak'));
    expect(result[0]).toBe('Speak');
    expect(result).toEqual(expect.arrayContaining(['PrioritySpeaker', 'RequestToSpeak']));
    expect(result.indexOf('RequestToSpeak')).toBeLessThan(result.indexOf('ModerateMembers'));
    expect(result).toContain('DeafenMembers');
  });

  it('ignores case, spaces and underscores, and matches keys, API names and old names', () => {
    expect(keys(searchPermissions('MANAGE EMOJIS'))[0]).toBe('ManageGuildExpressions');
    expect(keys(searchPermissions('manage_emojis_and_stickers'))).toEqual(['ManageGuildExpressions']);
    expect(keys(searchPermissions('useslashcommands'))).toEqual(['UseApplicationCommands']);
    expect(keys(searchPermissions('VIEW_AUDIT_LOG'))).toEqual(['ViewAuditLog']);
  });

  it('matches Thai labels and descriptions', () => {
    expect(keys(searchPermissions('ผู้ดูแล'))).toContain('Administrator');
    expect(keys(searchPermissions('แบนสมาชิก'))[0]).toBe('BanMembers');
    expect(keys(searchPermissions('ปักหมุด'))[0]).toBe('PinMessages');
  });

  it('matches descriptions and requires every word', () => {
    expect(keys(searchPermissions('slowmode'))[0]).toBe('BypassSlowmode');
    expect(keys(searchPermissions('webhooks apps'))).toEqual(['ManageWebhooks']);
    expect(searchPermissions('ban dragons')).toEqual([]);
  });

  it('searches only the rows it is given', () => {
    const voice = PERMISSIONS.filter((row) => row.group === 'voice');
    expect(searchPermissions('members', voice).every((row) => row.group === 'voice')).toBe(true);
    expect(keys(searchPermissions('members', voice))).toEqual(['MuteMembers', 'DeafenMembers', 'MoveMembers']);
  });
});

describe("Thai labels: Discord's own words where it has them (thai-terms.md, Discord's 2019 Thai client)", () => {
  it("gives Mute and Deafen their Discord names, not each other's", () => {
    // Discord: Mute Members = ปิดเสียงสมาชิก, Deafen Members = ปิดการได้ยินสมาชิก. The old Deafen label was Mute's.
    expect(getPermission('MuteMembers').label.th).toBe('ปิดเสียงสมาชิก');
    expect(getPermission('DeafenMembers').label.th).toBe('ปิดการได้ยินสมาชิก');
    expect(findPermissionByName('ปิดเสียงสมาชิก')?.key).toBe('MuteMembers');
    expect(findPermissionByName('ปิดการได้ยินสมาชิก')?.key).toBe('DeafenMembers');
    expect(findPermissionByName('ปิดไมค์สมาชิก')?.key).toBe('MuteMembers');
  });

  it.each([
    ['PrioritySpeaker', 'ผู้พูดลำดับสูง'],
    ['MentionEveryone', 'กล่าวถึง @everyone, @here และทุกบทบาท'],
    ['UseExternalEmojis', 'ใช้อีโมจิภายนอก'],
    ['SendTTSMessages', 'ส่งข้อความ TTS'],
    ['ManageWebhooks', 'จัดการ Webhook'],
    ['CreateEvents', 'สร้างกิจกรรม'],
    ['ManageEvents', 'จัดการกิจกรรม'],
    ['ModerateMembers', 'ระงับสมาชิกชั่วคราว'],
  ] as const)('labels %s %j', (key, label) => {
    expect(getPermission(key).label.th).toBe(label);
  });

  it('names the role-editor groups as Discord does (การอนุญาต…), scheduled events as กิจกรรม', () => {
    for (const group of PERMISSION_GROUPS) expect(group.label.th, group.id).toMatch(/^การอนุญาต/);
    expect(PERMISSION_GROUPS.find((group) => group.id === 'events')?.label.th).toBe('การอนุญาตกิจกรรม');
  });

  it("finds a permission by Discord's Thai name, the site's Thai name and the community's words", () => {
    const keys = (query: string): string[] => searchPermissions(query).map((row) => row.key);
    expect(keys('ปิดการได้ยิน')[0]).toBe('DeafenMembers');
    expect(keys('ผู้พูดลำดับสูง')[0]).toBe('PrioritySpeaker');
    expect(keys('กล่าวถึง')).toContain('MentionEveryone');
    expect(keys('ใช้อีโมจิภายนอก')[0]).toBe('UseExternalEmojis');
    expect(keys('ใช้อีโมจิจากเซิร์ฟเวอร์อื่น')[0]).toBe('UseExternalEmojis');
    expect(keys('เว็บฮุก')[0]).toBe('ManageWebhooks');
    expect(keys('ยศ')).toContain('ManageRoles');
    expect(keys('จัดการยศ')[0]).toBe('ManageRoles');
    expect(keys('ห้อง')).toEqual(expect.arrayContaining(['ViewChannel', 'ManageChannels', 'Connect']));
    expect(keys('จัดการห้อง')[0]).toBe('ManageChannels');
    expect(keys('หมดเวลาสมาชิก')[0]).toBe('ModerateMembers');
    expect(keys('อีเวนต์')).toEqual(expect.arrayContaining(['CreateEvents', 'ManageEvents']));
  });

  it('never spells Discord in Thai script or uses the rejected เมื่อไหร่', () => {
    for (const row of PERMISSIONS) {
      for (const text of [row.label.th, row.description.th, row.split?.note.th ?? '']) {
        expect(text, row.key).not.toMatch(/ดิสคอร์ด|เมื่อไหร่|ห้องเสียง/);
      }
    }
  });
});

describe('CHANNEL_OBFUSCATION', () => {
  it('names the bits discord-api-types gives the channel flag and the Identify capability', () => {
    expect(1 << CHANNEL_OBFUSCATION.channelFlagBit).toBe(ChannelFlags.ChannelObfuscated);
    expect(1 << CHANNEL_OBFUSCATION.capabilityBit).toBe(GatewayCapabilityBits.ChannelObfuscation);
  });
});
