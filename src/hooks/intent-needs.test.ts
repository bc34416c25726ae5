import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {encodeIntents, getIntent, INTENT_NEEDS, intentsForNeeds} from '@site/src/discord/intents';
import {formatNeedsParam, missingForNeed, needSources, parseNeedsParam, toggleNeed} from './intent-needs';

const need = (id: string) => {
  const found = INTENT_NEEDS.find((n) => n.id === id);
  if (!found) throw new Error(`no need "${id}" in src/discord/intents.ts INTENT_NEEDS: update this test`);
  return found;
};
const MESSAGE_TEXT = encodeIntents(['Guilds', 'GuildMessages', 'MessageContent']);

describe('toggleNeed (what the calculator does when a need is ticked)', () => {
  it('ticking "read message text" adds Guilds, Guild Messages and Message Content', () => {
    expect(toggleNeed({value: 0n, needs: []}, 'read-message-text', true)).toEqual({
      value: MESSAGE_TEXT,
      needs: ['read-message-text'],
    });
  });

  it('ORs into what is already there instead of replacing it', () => {
    const typed = getIntent('GuildInvites').value;
    const next = toggleNeed({value: typed, needs: []}, 'voice', true);
    expect(next.value).toBe(typed | encodeIntents(['Guilds', 'GuildVoiceStates']));
  });

  it('unticking keeps intents another ticked need still asks for', () => {
    let state = toggleNeed({value: 0n, needs: []}, 'read-message-text', true);
    state = toggleNeed(state, 'voice', true);
    state = toggleNeed(state, 'read-message-text', false);
    expect(state).toEqual({value: encodeIntents(['Guilds', 'GuildVoiceStates']), needs: ['voice']});
    state = toggleNeed(state, 'voice', false);
    expect(state).toEqual({value: 0n, needs: []});
  });

  it('unticking leaves intents no need asked for (ticked by hand or typed)', () => {
    const byHand = getIntent('GuildPresences').value;
    const state = toggleNeed(toggleNeed({value: byHand, needs: []}, 'reactions', true), 'reactions', false);
    expect(state.value).toBe(byHand);
  });

  it('a need with no intents (slash commands) changes only the list', () => {
    expect(toggleNeed({value: 5n, needs: []}, 'slash-commands', true)).toEqual({value: 5n, needs: ['slash-commands']});
  });

  it('ignores an unknown need id', () => {
    const state = {value: 1n, needs: ['voice']};
    expect(toggleNeed(state, 'no-such-need', true)).toBe(state);
  });

  it.each(INTENT_NEEDS.map((n) => [n.id, n] as const))('"%s" ticked alone gives exactly intentsForNeeds', (id, n) => {
    expect(toggleNeed({value: 0n, needs: []}, id, true).value).toBe(encodeIntents(n.intents));
  });

  it('for any ticking order, the set equals the OR of the ticked needs (starting from nothing)', () => {
    const ids = INTENT_NEEDS.map((n) => n.id);
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...ids), fc.boolean()), {maxLength: 30}), (steps) => {
        let state: {value: bigint; needs: readonly string[]} = {value: 0n, needs: []};
        for (const [id, on] of steps) state = toggleNeed(state, id, on);
        expect(state.value).toBe(intentsForNeeds(state.needs));
        expect(state.needs).toEqual(parseNeedsParam(state.needs.join(',')));
      }),
    );
  });
});

describe('needSources', () => {
  it('says which ticked need each intent came from', () => {
    const sources = needSources(['read-message-text', 'member-join-leave']);
    expect(sources.get('Guilds')?.map((n) => n.id)).toEqual(['read-message-text', 'member-join-leave']);
    expect(sources.get('MessageContent')?.map((n) => n.id)).toEqual(['read-message-text']);
    expect(sources.get('GuildMembers')?.map((n) => n.id)).toEqual(['member-join-leave']);
    expect(sources.has('GuildPresences')).toBe(false);
  });
});

describe('missingForNeed', () => {
  it('lists what a ticked need asks for that the set lacks, in bit order', () => {
    expect(missingForNeed(getIntent('Guilds').value, need('read-message-text'))).toEqual([
      'GuildMessages',
      'MessageContent',
    ]);
    expect(missingForNeed(MESSAGE_TEXT, need('read-message-text'))).toEqual([]);
  });
});

describe('the needs parameter', () => {
  it('reads known ids in catalogue order, once each, and drops the rest', () => {
    expect(parseNeedsParam('voice,read-message-text,voice,<script>, nope')).toEqual(['read-message-text', 'voice']);
    expect(parseNeedsParam(null)).toEqual([]);
    expect(parseNeedsParam('')).toEqual([]);
  });

  it('writes nothing for no needs', () => {
    expect(formatNeedsParam([])).toBeNull();
    expect(formatNeedsParam(['voice', 'read-message-text'])).toBe('read-message-text,voice');
  });
});
