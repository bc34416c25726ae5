import {describe, expect, it} from 'vitest';
import type {ParsedInvite} from '@site/src/discord/invite/params';
import {checkInviteUrl, parseInviteUrl} from '@site/src/discord/invite/parse';
import {readBuilderQuery, BUILDER_PARAMS, type BuilderQuery} from '../Builder/form-state';
import {builderOutcome} from '../Builder/outcome';
import {builderParamsFromInvite, editInBuilderSearch, openableUrl} from './checker-state';

const APP = '123456789012345678';
const NOW = new Date('2026-11-25T00:00:00Z');

function parse(url: string): ParsedInvite {
  const parsed = parseInviteUrl(url);
  if (!parsed.ok) throw new Error(`expected ${url} to parse`);
  return parsed.value;
}

function builderLinkFor(url: string): string | null {
  const params = new URLSearchParams(editInBuilderSearch(parse(url), ''));
  const query = Object.fromEntries(BUILDER_PARAMS.map((name) => [name, params.get(name)])) as BuilderQuery;
  return builderOutcome(readBuilderQuery(query), params.get('client_id') ?? '', {now: NOW}).url;
}

describe('builderParamsFromInvite', () => {
  it('loads a plain bot link so the builder makes the same link', () => {
    const url = `https://discord.com/oauth2/authorize?client_id=${APP}&scope=bot&permissions=8`;
    expect(builderParamsFromInvite(parse(url))).toMatchObject({client_id: APP, scope: null, permissions: '8'});
    expect(builderLinkFor(url)).toBe(url);
  });

  it('turns a user install with bot into a user install (the builder drops bot)', () => {
    const params = builderParamsFromInvite(
      parse(`https://discord.com/oauth2/authorize?client_id=${APP}&scope=bot+applications.commands&integration_type=1`),
    );
    expect(params).toMatchObject({integration_type: '1', scope: 'bot applications.commands'});
  });

  it('marks a link without scope as an empty selection, leaves unknown scopes out, and keeps bad values', () => {
    expect(builderParamsFromInvite(parse(`discord.com/oauth2/authorize?client_id=${APP}`)).scope).toBe('none');
    expect(
      builderParamsFromInvite(parse(`discord.com/oauth2/authorize?client_id=${APP}&scope=bot+bogus`)).scope,
    ).toBeNull();
    expect(
      builderParamsFromInvite(parse(`discord.com/oauth2/authorize?client_id=${APP}&permissions=abc`)).permissions,
    ).toBe('abc');
  });

  it('switches the code grant on for links that carry one', () => {
    const params = builderParamsFromInvite(
      parse(
        `https://discord.com/oauth2/authorize?client_id=${APP}&scope=bot+identify&response_type=code&redirect_uri=https%3A%2F%2Fexample.com%2Fcb&state=s1`,
      ),
    );
    expect(params).toMatchObject({
      code_grant: '1',
      redirect_uri: 'https://example.com/cb',
      state: 's1',
      scope: 'bot identify',
    });
  });
});

describe('builderParamsFromInvite: nothing is cut or leaked', () => {
  it('passes long values whole (the builder reports them) and never puts a token into the page URL', () => {
    const state = 's'.repeat(800);
    const params = builderParamsFromInvite(
      parse(`https://discord.com/oauth2/authorize?client_id=${APP}&scope=bot&response_type=code&state=${state}`),
    );
    expect(params.state).toBe(state);
    const token = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.GAbCdE.abcdefghijklmnopqrstuvwxyz0123456789AB';
    expect(
      builderParamsFromInvite(parse(`https://discord.com/oauth2/authorize?client_id=${token}`)).client_id,
    ).toBeNull();
  });
});

describe('editInBuilderSearch', () => {
  it('replaces the builder settings the page had and keeps the pasted text and the library tab', () => {
    const search = editInBuilderSearch(
      parse(`https://discord.com/oauth2/authorize?client_id=${APP}&scope=bot`),
      '?guild_id=1&lib=discord-js&check=abc&state=old',
    );
    const params = new URLSearchParams(search);
    expect(params.get('guild_id')).toBeNull();
    expect(params.get('state')).toBeNull();
    expect(params.get('lib')).toBe('discord-js');
    expect(params.get('check')).toBe('abc');
    expect(params.get('client_id')).toBe(APP);
  });
});

describe('openableUrl', () => {
  const findingsOf = (url: string) => checkInviteUrl(url, {now: NOW}).findings;

  it('offers a clean https discord.com link, rebuilt from its parameters', () => {
    const url = `https://discord.com/oauth2/authorize?client_id=${APP}&scope=bot&permissions=8`;
    expect(openableUrl(parse(url), findingsOf(url))).toBe(url);
  });

  it('offers nothing for http, an old host, no scheme or a link with an error', () => {
    for (const url of [
      `http://discord.com/oauth2/authorize?client_id=${APP}&scope=bot`,
      `https://discordapp.com/oauth2/authorize?client_id=${APP}&scope=bot`,
      `discord.com/oauth2/authorize?client_id=${APP}&scope=bot`,
      `https://discord.com/oauth2/authorize?client_id=${APP}&scope=bot&integration_type=1`,
      'https://discord.com/oauth2/authorize?client_id=12345&scope=bot',
    ]) {
      expect(openableUrl(parse(url), findingsOf(url)), url).toBeNull();
    }
  });
});
