/**
 * What the flag catalogues (permissions.ts, intents.ts) share: the row shape every flag has, the record type that
 * makes a catalogue complete at compile time, and the lookups built from the rows. The bit arithmetic itself
 * lives in bitfield.ts, so this file only wires rows to it.
 *
 * A catalogue is written as an object keyed by discord-api-types names,
 * `{...} as const satisfies FlagRows<Key, Row>`, where `Key` is every key of the upstream table minus its
 * deprecated aliases (see {@link FlagKey}). tsc then rejects a catalogue that misses a flag discord-api-types has,
 * or names one it lacks, until the row is written.
 */
import {bitValue, combineFlags, decodeFlags, type DecodedFlags} from './bitfield';

/**
 * Deprecated upstream names that reuse another flag's value, mapped to the name that replaced them. They are not
 * rows: one bit, one row. Typed against the upstream table so a misspelt alias is a compile error.
 */
export type FlagAliases<Upstream> = {readonly [P in keyof Upstream]?: keyof Upstream};

/** The keys a catalogue must describe: every upstream key except the deprecated aliases. */
export type FlagKey<Upstream, Aliases> = Exclude<keyof Upstream, keyof Aliases> & string;

/** What every flag row states, whatever else its catalogue adds. */
export interface FlagRow {
  /** Name in Discord's docs, e.g. 'MANAGE_GUILD' or 'GUILD_MEMBERS'. */
  readonly apiName: string;
  readonly bit: number;
}

/** A row in its catalogue: named by its discord-api-types key, with its value ready for bit arithmetic. */
export interface Flag<K extends string> extends FlagRow {
  /** discord-api-types name, e.g. 'ManageGuild' or 'GuildMembers'. */
  readonly key: K;
  /** bigint for permissions and intents alike, so one bitfield parser and formatter serve both. */
  readonly value: bigint;
}

/** Exactly one row per key: `satisfies` this, and a missing or unknown key is a type error. */
export type FlagRows<K extends string, R extends FlagRow> = {readonly [P in K]: R};

export interface FlagCatalogue<K extends string, F extends Flag<K>> {
  /** Every row, in the catalogue's display order. */
  readonly flags: readonly F[];
  /** Every row's value OR-ed together, derived from the rows so it cannot drift from them. */
  readonly all: bigint;
  readonly get: (key: K) => F;
  readonly isKey: (value: unknown) => value is K;
  readonly decode: (value: bigint) => DecodedFlags<F>;
  readonly encode: (keys: Iterable<K>) => bigint;
  /** The rows that pass `test`, as one value (the privileged intents, the permissions needing 2FA). */
  readonly maskOf: (test: (flag: F) => boolean) => bigint;
}

/**
 * Builds each row into its catalogue entry, in the order the rows are written. `build` gets the shared part (key,
 * apiName, bit, value) ready-made and adds the catalogue's own fields; the entry is frozen so a view cannot change
 * a fact by accident.
 */
export function flagsFromRows<K extends string, R extends FlagRow, F extends Flag<K>>(
  rows: FlagRows<K, R>,
  build: (flag: Flag<K>, row: R) => F,
): F[] {
  // Object.keys loses the key type; the `satisfies` check on `rows` is what guarantees these are exactly K.
  return (Object.keys(rows) as K[]).map((key) => {
    const row = rows[key];
    return Object.freeze(build({key, apiName: row.apiName, bit: row.bit, value: bitValue(row.bit)}, row));
  });
}

/** Lookups and bit arithmetic over a finished list of entries. `noun` names the catalogue in error messages. */
export function flagCatalogue<K extends string, F extends Flag<K>>(
  noun: string,
  entries: readonly F[],
): FlagCatalogue<K, F> {
  const flags: readonly F[] = Object.freeze([...entries]);
  const byKey: ReadonlyMap<string, F> = new Map(flags.map((flag) => [flag.key, flag]));
  const all = combineFlags(flags);

  const get = (key: K): F => {
    const flag = byKey.get(key);
    // Only reachable when an untyped string is cast to the key type; failing loudly beats a silent 0n.
    if (flag === undefined) throw new RangeError(`Unknown ${noun} key: ${String(key)}`);
    return flag;
  };

  return Object.freeze({
    flags,
    all,
    get,
    isKey: (value: unknown): value is K => typeof value === 'string' && byKey.has(value),
    decode: (value: bigint) => decodeFlags(value, flags, all),
    encode: (keys: Iterable<K>) => combineFlags(Array.from(keys, (key) => get(key))),
    maskOf: (test: (flag: F) => boolean) => combineFlags(flags.filter(test)),
  });
}
