/**
 * Compares a flag catalogue with its discord-api-types table and says, for each difference, how to fix it. Only the
 * catalogue tests import this. The `satisfies FlagRows<…>` check in each catalogue already makes a missing or
 * unknown key a compile error; this also catches a wrong bit, two rows on one bit, and an alias that no longer holds.
 */
import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {dirname, join} from 'node:path';

import type {Flag} from './flag-catalogue';

/** The installed discord-api-types version. Its package.json is not exported, so it is read next to the entry. */
export function installedDiscordApiTypesVersion(): string {
  const entry = createRequire(import.meta.url).resolve('discord-api-types/v10');
  const manifest: {readonly version: string} = JSON.parse(readFileSync(join(dirname(entry), 'package.json'), 'utf8'));
  return manifest.version;
}

/** A discord-api-types flag table, e.g. `PermissionFlagsBits` or `GatewayIntentBits`. */
export interface UpstreamTable {
  /** Its export name, for messages. */
  readonly name: string;
  /** The installed discord-api-types version, for messages. */
  readonly version: string;
  readonly values: Readonly<Record<string, bigint>>;
}

/** Where a catalogue lives and what a new row needs, for messages. */
export interface CatalogueSource {
  readonly file: string;
  readonly aliasesName: string;
  readonly aliases: Readonly<Record<string, string>>;
  /** The fields a new row must state, e.g. 'apiName, bit 53, group, …'; `{bit}` is replaced by the bit. */
  readonly newRow: string;
}

/**
 * A flag table as name → bigint. A numeric TS enum (GatewayIntentBits) also maps values back to names at runtime;
 * only the name → value half is the table.
 */
export function upstreamValues(table: object): Record<string, bigint> {
  const values: Record<string, bigint> = {};
  for (const [key, value] of Object.entries(table)) {
    if (typeof value === 'bigint' || typeof value === 'number') values[key] = BigInt(value);
  }
  return values;
}

const bitOf = (value: bigint): number => value.toString(2).length - 1;

function aliasProblems(upstream: UpstreamTable, source: CatalogueSource): string[] {
  const problems: string[] = [];
  for (const [alias, target] of Object.entries(source.aliases)) {
    const value = upstream.values[alias];
    if (value === undefined) {
      problems.push(`${alias} no longer exists in ${upstream.name}: drop it from ${source.aliasesName}.`);
    } else if (upstream.values[target] !== value) {
      problems.push(`${source.aliasesName} says ${alias} is an alias of ${target}, but their values differ upstream.`);
    }
  }
  const firstKeyByValue = new Map<bigint, string>();
  for (const [key, value] of Object.entries(upstream.values)) {
    const first = firstKeyByValue.get(value);
    if (first === undefined) firstKeyByValue.set(value, key);
    else if (!(key in source.aliases) && !(first in source.aliases)) {
      problems.push(
        `${upstream.name}.${key} and ${first} share one value: list the deprecated one in ${source.aliasesName}.`,
      );
    }
  }
  return problems;
}

function rowProblems(upstream: UpstreamTable, source: CatalogueSource, flags: readonly Flag<string>[]): string[] {
  const problems: string[] = [];
  const byKey = new Map(flags.map((flag) => [flag.key, flag]));
  const theirs = `discord-api-types ${upstream.version}`;
  for (const [key, value] of Object.entries(upstream.values)) {
    if (key in source.aliases) continue;
    const flag = byKey.get(key);
    if (flag === undefined) {
      problems.push(
        `${theirs} has ${upstream.name}.${key} = 1n << ${bitOf(value)}n, but ${source.file} has no row for it. ` +
          `Add a row to ROWS (${source.newRow.replace('{bit}', String(bitOf(value)))}); ` +
          `if it is a deprecated alias, add it to ${source.aliasesName}.`,
      );
    } else if (flag.value !== value) {
      problems.push(
        `${key}: ${source.file} says bit ${flag.bit}, ${theirs} says bit ${bitOf(value)}. ` +
          `Check Discord's docs and fix the row.`,
      );
    }
  }
  for (const flag of flags) {
    if (!(flag.key in upstream.values)) {
      problems.push(
        `${source.file} has a row for ${flag.key}, which ${theirs} does not know. ` +
          `Rename it to the current discord-api-types key or remove it.`,
      );
    }
  }
  return problems;
}

/** Every difference between the catalogue and the upstream table, each as a sentence saying how to fix it. */
export function catalogueProblems(
  upstream: UpstreamTable,
  source: CatalogueSource,
  flags: readonly Flag<string>[],
): string[] {
  return [...aliasProblems(upstream, source), ...rowProblems(upstream, source, flags)];
}
