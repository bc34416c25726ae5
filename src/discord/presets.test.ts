import {describe, expect, it} from 'vitest';

import {encodePermissions} from './permission-bits';
import {getPermission, isPermissionKey} from './permissions';
import {getPreset, PERMISSION_PRESETS, TUTORIAL_BOT_PERMISSIONS} from './presets';

const THAI = /[\u0E00-\u0E7F]/;

describe('PERMISSION_PRESETS', () => {
  it('covers the kinds of bot the tutorial talks about, each once', () => {
    const ids = PERMISSION_PRESETS.map((preset) => preset.id);
    expect(ids).toEqual(expect.arrayContaining(['slash-commands-only', 'chat-bot', 'moderation', 'music']));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('asks for nothing at all when the bot only answers slash commands', () => {
    expect(getPreset('slash-commands-only')?.permissions).toEqual([]);
  });

  it('gives each kind what its job takes', () => {
    expect(getPreset('chat-bot')?.permissions).toEqual(
      expect.arrayContaining(['ViewChannel', 'SendMessages', 'ReadMessageHistory']),
    );
    expect(getPreset('moderation')?.permissions).toEqual(
      expect.arrayContaining(['KickMembers', 'BanMembers', 'ModerateMembers', 'ManageMessages']),
    );
    expect(getPreset('music')?.permissions).toEqual(expect.arrayContaining(['ViewChannel', 'Connect', 'Speak']));
    expect(getPreset('nope')).toBeUndefined();
  });

  describe.each(PERMISSION_PRESETS.map((preset) => [preset.id, preset] as const))('preset %s', (id, preset) => {
    it('never asks for Administrator, or for a permission twice', () => {
      expect(preset.permissions, `${id} must not include Administrator`).not.toContain('Administrator');
      expect(new Set(preset.permissions).size, `${id} repeats a permission`).toBe(preset.permissions.length);
      for (const key of preset.permissions) expect(isPermissionKey(key), `${id}: unknown key ${key}`).toBe(true);
    });

    it('explains itself in both languages', () => {
      for (const text of [preset.label, preset.why]) {
        expect(text.en.trim()).not.toBe('');
        expect(text.th).toMatch(THAI);
        expect(text.th).not.toBe(text.en);
      }
    });

    it('warns about owner 2FA when it asks for a permission that needs it', () => {
      const needs2fa = preset.permissions.some((key) => getPermission(key).twoFactor);
      expect(/2FA/.test(preset.why.en) && /2FA/.test(preset.why.th), `${id}: mention 2FA in why`).toBe(needs2fa);
    });

    it('encodes to a value the calculator can show', () => {
      expect(encodePermissions(preset.permissions)).toBeGreaterThanOrEqual(0n);
      expect(Object.isFrozen(preset.permissions)).toBe(true);
    });
  });
});

describe('TUTORIAL_BOT_PERMISSIONS', () => {
  it('is what the tutorial bot needs to read a mention and answer in the channel, and no preset', () => {
    expect(encodePermissions(TUTORIAL_BOT_PERMISSIONS)).toBe(3072n);
    expect(TUTORIAL_BOT_PERMISSIONS.every(isPermissionKey)).toBe(true);
    expect(Object.isFrozen(TUTORIAL_BOT_PERMISSIONS)).toBe(true);
  });
});
