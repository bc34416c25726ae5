import {createHash} from 'node:crypto';
import {factTable, type FactTable} from '../../src/discord/facts';

/** A short digest of every fact in every language: changes exactly when a page's rendered fact would. */
export function factTableDigest(table: FactTable = factTable()): string {
  return createHash('sha256').update(JSON.stringify(table)).digest('hex').slice(0, 16);
}
