import fs from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {MESSAGE_GROUPS} from '../../src/client/messages/groups';

type Messages = Record<string, string>;
const require = createRequire(import.meta.url);
const loader = require('./loader.cjs') as ((this: unknown, source: string) => string) & {
  pickMessages: (all: Messages, groups: readonly string[], group: string | undefined) => Messages;
};
const groups = [...MESSAGE_GROUPS];

/** Runs the loader as Rspack would, on `source` imported with `query`. */
const load = (source: string, query: string) =>
  JSON.parse(loader.call({getOptions: () => ({groups}), resourceQuery: query}, source)) as Messages;

const thai = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../i18n/th/code.json'), 'utf8')) as Record<
  string,
  {message: string}
>;
const thaiMessages = Object.fromEntries(Object.entries(thai).map(([id, {message}]) => [id, message]));

describe('message-groups loader', () => {
  it('puts every message in exactly one of the main table and the groups', () => {
    const id = fc.oneof(
      fc.constantFrom(...groups).chain((group) => fc.string().map((rest) => `${group}.${rest}`)),
      fc.string(),
    );
    fc.assert(
      fc.property(fc.dictionary(id, fc.string()), (all) => {
        const parts = [undefined, ...groups].map((group) => loader.pickMessages(all, groups, group));
        const ids = parts.flatMap((part) => Object.keys(part));
        expect(ids.sort()).toEqual(Object.keys(all).sort());
        expect(Object.assign({}, ...parts)).toEqual(all);
      }),
    );
  });

  it('leaves the groups out of the main table and gives each group only its own ids', () => {
    const main = load(JSON.stringify(thaiMessages), '');
    expect(Object.keys(main).length).toBeGreaterThan(0);
    for (const id of Object.keys(main)) expect(groups.some((group) => id.startsWith(`${group}.`))).toBe(false);
    for (const group of groups) {
      const part = load(JSON.stringify(thaiMessages), `?group=${group}`);
      expect(Object.keys(part).length).toBeGreaterThan(0);
      for (const [id, message] of Object.entries(part)) {
        expect(id.startsWith(`${group}.`)).toBe(true);
        expect(message).toBe(thaiMessages[id]);
      }
    }
  });

  it('does not take a prefix that only looks like a group as the group', () => {
    const all = {'tools.invitee.x': 'a', 'tools.invite': 'b', 'tools.invite.x': 'c'};
    expect(load(JSON.stringify(all), '')).toEqual({'tools.invitee.x': 'a', 'tools.invite': 'b'});
    expect(load(JSON.stringify(all), '?group=tools.invite')).toEqual({'tools.invite.x': 'c'});
  });

  it('fails the build on a group it was not given', () => {
    expect(() => load('{}', '?group=tools.nothing')).toThrow(/no group "tools\.nothing"/);
  });
});
