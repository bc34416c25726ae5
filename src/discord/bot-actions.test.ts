import {describe, expect, it} from 'vitest';

import {API_ERRORS, BOT_ACTIONS, getBotAction, isBotActionId} from './bot-actions';
import {LOCALES} from './locale';
import {getPermission, isPermissionKey} from './permissions';

const THAI = /[\u0E00-\u0E7F]/;
/** Words the site's glossary rejects for Discord's own terms (ห้อง for channel, ยศ for role, บอต for bot). */
const REJECTED = /ห้อง|ยศ|บอต|ดิสคอร์ด|เมื่อไหร่|รีแอคชั่น/;

describe.each(BOT_ACTIONS.map((action) => [action.id, action] as const))('action %s', (id, action) => {
  it('is written in every language, one line each, the Thai in Thai with the glossary words', () => {
    for (const [field, text] of [
      ['label', action.label],
      ['why', action.why],
    ] as const) {
      for (const locale of LOCALES) {
        expect(text[locale].trim(), `${id}.${field}.${locale}`).not.toBe('');
        expect(text[locale], `${id}.${field}.${locale} is one line`).not.toMatch(/\n/);
      }
      expect(text.th, `${id}.${field}.th`).toMatch(THAI);
      expect(text.th, `${id}.${field}.th`).not.toMatch(REJECTED);
      expect(text.en, `${id}.${field}.en`).not.toMatch(THAI);
    }
  });

  it('names catalogue permissions, each once', () => {
    const all = [...action.needs, ...(action.needsInThreadOnly ?? []), ...(action.silentWithout ?? [])];
    for (const key of all) expect(isPermissionKey(key), `${id}: ${key}`).toBe(true);
    expect(new Set(action.needs).size).toBe(action.needs.length);
    for (const key of action.silentWithout ?? []) expect(action.needs).toContain(key);
  });

  it('checks a target only for server-wide actions, and channel actions only for channel permissions', () => {
    if (action.target !== 'none') expect(action.channel).toBe(false);
    if (action.channel) {
      for (const key of action.needs) expect(getPermission(key).channels.length, `${id}: ${key}`).toBeGreaterThan(0);
    }
  });

  it('is found by its id', () => {
    expect(isBotActionId(id)).toBe(true);
    expect(getBotAction(id)).toBe(action);
  });
});

describe('the catalogue', () => {
  it('has the actions the debugger offers, in order, each once', () => {
    expect(BOT_ACTIONS.map((a) => a.id)).toEqual([
      'send-message',
      'reply',
      'send-in-thread',
      'create-public-thread',
      'create-private-thread',
      'add-reaction',
      'embed-links',
      'attach-files',
      'mention-everyone',
      'pin-message',
      'delete-others-messages',
      'connect',
      'speak',
      'create-invite',
      'kick',
      'ban',
      'timeout',
      'change-nickname',
      'give-role',
      'manage-channel',
      'use-slash-commands',
    ]);
  });

  it('pins with Pin Messages, the permission split from Manage Messages', () => {
    const pin = getBotAction('pin-message');
    expect(pin?.needs).toEqual(['PinMessages']);
    expect(getPermission('PinMessages').split?.from).toBe('ManageMessages');
  });

  it('states the documented requirements', () => {
    expect(getBotAction('reply')?.needs).toContain('ReadMessageHistory');
    expect(getBotAction('add-reaction')?.needs).toEqual(['AddReactions', 'ReadMessageHistory']);
    expect(getBotAction('send-in-thread')?.needs).toEqual(['SendMessagesInThreads']);
    expect(getBotAction('create-public-thread')?.needsInThreadOnly).toEqual(['SendMessages']);
    expect(getBotAction('timeout')?.sparesAdministrators).toBe(true);
    expect(getBotAction('give-role')?.target).toBe('role');
    expect(getBotAction('use-slash-commands')?.needs).toEqual(['UseApplicationCommands']);
  });

  it('knows only its own ids, and the two error codes', () => {
    expect(isBotActionId('fly')).toBe(false);
    expect(isBotActionId(undefined)).toBe(false);
    expect(getBotAction('toString')).toBeUndefined();
    expect(API_ERRORS).toEqual({missingAccess: 50001, missingPermissions: 50013});
  });

  it('cannot be changed by a view', () => {
    expect(Object.isFrozen(BOT_ACTIONS)).toBe(true);
    expect(Object.isFrozen(BOT_ACTIONS[0])).toBe(true);
    expect(Object.isFrozen(BOT_ACTIONS[0]?.label)).toBe(true);
  });
});
