import {describe, expect, it} from 'vitest';
import {INTENT_NEEDS} from '@site/src/discord/intents';
import {SCOPES} from '@site/src/discord/scopes';
import {APPLICATION_ID_LIMIT} from './application-id';
import {
  DEFAULT_SCOPES,
  formatCheckParam,
  formatScopeParam,
  NO_SCOPES,
  PAGE_PARAM_LIMITS,
  parseBitfieldParam,
  parseChoiceParam,
  parseClientIdParam,
  parseScopeParam,
  parseTextParam,
  PROMPT_CHOICES,
} from './page-params';
import {PAGE_PARAMS, parseNeedsParam} from './page-param-names';

const APP = '123456789012345678';
// bot first, as in the builder; the parser only needs every known name in some order.
const SCOPE_ORDER = SCOPES.map((info) => info.scope).sort((a, b) => Number(b === 'bot') - Number(a === 'bot'));

describe('PAGE_PARAMS', () => {
  it('names every parameter once', () => {
    const names = Object.values(PAGE_PARAMS);
    expect(new Set(names).size).toBe(names.length);
    expect(PAGE_PARAMS.clientId).toBe('client_id');
    expect(PAGE_PARAM_LIMITS.clientId).toBe(APPLICATION_ID_LIMIT);
  });
});

describe('parsers', () => {
  it('text: kept whole, with a problem past the limit', () => {
    expect(parseTextParam(null, 5)).toEqual({ok: true, value: ''});
    expect(parseTextParam('abcdef', 5)).toEqual({
      ok: false,
      value: 'abcdef',
      error: {code: 'too-long', limit: 5, length: 6},
    });
  });

  it('bitfield: 0 when absent or unreadable', () => {
    expect(parseBitfieldParam(null)).toEqual({ok: true, value: 0n});
    expect(parseBitfieldParam('0x8')).toEqual({ok: true, value: 8n});
    expect(parseBitfieldParam('abc')).toMatchObject({ok: false, value: 0n, error: {code: 'bitfield'}});
  });

  it('scopes: unknown names reported, default when nothing is usable, empty marker', () => {
    expect(parseScopeParam(null, SCOPE_ORDER)).toEqual({ok: true, value: DEFAULT_SCOPES});
    expect(parseScopeParam(NO_SCOPES, SCOPE_ORDER)).toEqual({ok: true, value: []});
    expect(parseScopeParam('identify+bot', SCOPE_ORDER)).toEqual({ok: true, value: ['bot', 'identify']});
    expect(parseScopeParam('bot x', SCOPE_ORDER)).toMatchObject({
      ok: false,
      value: ['bot'],
      error: {names: ['x'], usedDefault: false},
    });
    expect(parseScopeParam('x y', SCOPE_ORDER)).toMatchObject({
      ok: false,
      value: DEFAULT_SCOPES,
      error: {names: ['x', 'y'], usedDefault: true},
    });
    expect(formatScopeParam(['identify', 'bot'], SCOPE_ORDER)).toBe('bot identify');
    expect(formatScopeParam([], SCOPE_ORDER)).toBe(NO_SCOPES);
    expect(formatScopeParam(['bot'], SCOPE_ORDER)).toBeNull();
  });

  it('choices: one of the allowed values, anything else reported', () => {
    expect(parseChoiceParam('consent', PROMPT_CHOICES)).toEqual({ok: true, value: 'consent'});
    expect(parseChoiceParam(null, PROMPT_CHOICES)).toEqual({ok: true, value: null});
    expect(parseChoiceParam('x', PROMPT_CHOICES)).toEqual({
      ok: false,
      value: null,
      error: {code: 'bad-choice', value: 'x', allowed: PROMPT_CHOICES},
    });
  });

  it('client_id: checked like typed input', () => {
    expect(parseClientIdParam(null)).toEqual({ok: true, value: null});
    expect(parseClientIdParam(` ${APP} `)).toEqual({ok: true, value: APP});
    expect(parseClientIdParam('  ')).toMatchObject({ok: false, error: {reason: 'blank'}});
    expect(parseClientIdParam('1'.repeat(APPLICATION_ID_LIMIT + 1))).toMatchObject({error: {reason: 'too-long'}});
    expect(parseClientIdParam('abc')).toMatchObject({error: {reason: 'invalid-character'}});
    expect(parseClientIdParam('MTIzNDU2Nzg5MDEyMzQ1Njc4.GAbCdE.abcdefghijklmnopqrstuvwxyz0123456789AB')).toMatchObject({
      error: {reason: 'bot-token'},
    });
  });

  it('needs: catalogue order, unknown ids reported', () => {
    const ids = INTENT_NEEDS.map((need) => need.id);
    const [first, second] = ids;
    if (first === undefined || second === undefined) throw new Error('need two needs');
    expect(parseNeedsParam(`${second},${first}`, ids)).toEqual({ok: true, value: [first, second]});
    expect(parseNeedsParam(`${first},nope`, ids)).toEqual({
      ok: false,
      value: [first],
      error: {code: 'unknown-needs', ids: ['nope']},
    });
  });

  it('check: left out of the URL when empty or over the limit', () => {
    expect(formatCheckParam('x')).toBe('x');
    expect(formatCheckParam(' ')).toBeNull();
    expect(formatCheckParam('x'.repeat(PAGE_PARAM_LIMITS.check + 1))).toBeNull();
  });
});
