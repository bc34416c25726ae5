import {describe, expect, it} from 'vitest';
import {factTable} from '../../src/discord/facts';
import {factTableDigest} from './digest';

describe('factTableDigest', () => {
  it('is the same for the same facts and changes when any rendered text changes', () => {
    const table = factTable();
    expect(factTableDigest(table)).toBe(factTableDigest(factTable()));
    const [id, fact] = Object.entries(table)[0]!;
    const changed = {...table, [id]: {...fact, text: {...fact.text, th: `${fact.text.th}!`}}};
    expect(factTableDigest(changed)).not.toBe(factTableDigest(table));
  });
});
