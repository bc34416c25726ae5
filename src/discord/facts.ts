/**
 * The facts the pages state in running text, each read from the catalogue that owns it, never typed a second time.
 * A page writes `<Fact id="intents.review.userThreshold"/>`; at build time scripts/facts/remark-facts.ts replaces the
 * tag with the text below for the page's language (and scripts/llms-txt/markdown.ts does the same for the `.md`
 * twins), so the prose, the tools and the reference tables cannot disagree. scripts/facts/facts-in-prose.test.ts fails
 * when a page types one of these texts by hand.
 *
 * Nothing here holds a value: each fact is a formatter over a catalogue field (permissions.ts, intents.ts, presets.ts,
 * bot-actions.ts, snippet-common.ts, package.json for discord-api-types). A value the pages need that has no
 * catalogue yet gets a row in the catalogue it belongs to first. Where the pages' wording assumes something about the
 * values ("bit 47 is unused", one date for all four splits), the fact checks it and throws when it stops being true, so
 * the build fails instead of printing a sentence that no longer fits.
 */
import packageJson from '../../package.json';

import {API_ERRORS} from './bot-actions';
import {formatDayInProse, formatMonthInProse} from './dates';
import {
  AUTHENTICATION_FAILED_CLOSE,
  DISALLOWED_INTENTS_CLOSE,
  INTENTS,
  INVALID_INTENTS_CLOSE,
  PRIVILEGED_INTENT_REVIEW,
  type GatewayCloseCode,
} from './intents';
import {LOCALES, type Locale} from './locale';
import {encodePermissions} from './permission-bits';
import {CHANNEL_OBFUSCATION, PERMISSIONS, type PermissionInfo} from './permissions';
import {TUTORIAL_BOT_PERMISSIONS} from './presets';
import {bitLabel, LIBRARIES} from './snippet-common';

/**
 * `code`: a token a reader types or searches for as it is (`1 << 15`, `GUILD_MEMBERS`, a git tag), rendered as inline
 * code. `text`: a number, date, version or name read as part of the sentence, rendered as plain text.
 */
export type FactStyle = 'text' | 'code';

export interface Fact {
  /** What a page writes: `<Fact id="…"/>`. Dotted, catalogue first: 'intent.GuildMembers.bit'. */
  readonly id: string;
  readonly style: FactStyle;
  /** The fact as each language's running text writes it. */
  readonly text: Readonly<Record<Locale, string>>;
  /**
   * Whether facts-in-prose.test.ts looks for `text` typed by hand in the pages. False only where a hand-typed one
   * can't be told apart from other text: identifiers named all over the prose and code (`GUILDS`), and per-row bit
   * numbers, small permission values and major versions ("10", "8", "14"), which other rows and numbers share. For
   * those the tag is used where a page states the fact. The pages' own counts and limits (52, 47, 90, 100) are guarded.
   */
  readonly guarded: boolean;
}

/** One formatter per language for each kind of value. A Record, so a new language is a type error until it has one. */
type Formatter<T> = Readonly<Record<Locale, (value: T) => string>>;

/** Counts and thresholds, grouped as the pages write them: "10,000" in both languages. */
const COUNT: Formatter<number> = {
  en: (n) => new Intl.NumberFormat('en').format(n),
  th: (n) => new Intl.NumberFormat('th-TH').format(n),
};
/** Codes, bits and versions: written as they are, never grouped ("4014", not "4,014"). */
const VERBATIM: Formatter<string | number | bigint> = {en: String, th: String};
/** A YYYY-MM-DD catalogue day: "23 February 2026", "23 กุมภาพันธ์ 2026". */
const DAY: Formatter<string> = {en: (d) => formatDayInProse(d, 'en'), th: (d) => formatDayInProse(d, 'th')};
/** The month of a YYYY-MM-DD catalogue day: "June 2026", "มิถุนายน 2026". */
const MONTH: Formatter<string> = {en: (d) => formatMonthInProse(d, 'en'), th: (d) => formatMonthInProse(d, 'th')};

function fact<T>(id: string, style: FactStyle, format: Formatter<T>, value: T, guarded = true): Fact {
  const text = Object.fromEntries(LOCALES.map((locale) => [locale, format[locale](value)])) as Record<Locale, string>;
  return Object.freeze({id, style, text: Object.freeze(text), guarded});
}

/** Throws with a message that names the fact whose wording no longer fits the catalogue. */
function expectFact(ok: boolean, id: string, why: string): void {
  if (!ok) throw new Error(`facts.ts: ${id}: ${why}`);
}

/** The facts about the permission rows; exported so the tests can hand it altered rows. */
export function permissionFacts(rows: readonly PermissionInfo[]): Fact[] {
  const bits = new Set(rows.map((row) => row.bit));
  const highest = Math.max(...bits);
  const unused = Array.from({length: highest + 1}, (_, bit) => bit).filter((bit) => !bits.has(bit));
  // The pages say "bit 47 is unused": one bit, in the singular.
  expectFact(
    unused.length === 1,
    'permissions.unusedBit',
    `the pages name one unused bit, the catalogue has [${unused}]`,
  );
  const splits = rows.flatMap((row) => (row.split ? [[row, row.split] as const] : []));
  const enforced = new Set(splits.map(([, split]) => split.enforced));
  // The pages say the four splits share one day on which the old permissions stopped granting the new abilities.
  expectFact(
    enforced.size === 1,
    'splits.enforced',
    `the pages give one day for every split, the rows have [${[...enforced]}]`,
  );
  return [
    fact('permissions.count', 'text', COUNT, rows.length),
    fact('permissions.highestBit', 'text', VERBATIM, highest),
    fact('permissions.unusedBit', 'text', VERBATIM, unused[0] ?? -1),
    ...rows.flatMap((row) => [
      // Unguarded: a bit number ("10") is too short to search for.
      fact(`permission.${row.key}.bitNumber`, 'text', VERBATIM, row.bit, false),
      // Values from 1024 up are distinctive enough to search for; 1, 2, 8… are everywhere.
      fact(`permission.${row.key}.value`, 'code', VERBATIM, row.value, row.value >= 1024n),
    ]),
    fact('tutorial.permissions.value', 'code', VERBATIM, encodePermissions(TUTORIAL_BOT_PERMISSIONS)),
    ...splits.map(([row, split]) => fact(`split.${row.key}.date`, 'text', DAY, split.date)),
    fact('splits.enforced', 'text', DAY, [...enforced][0] ?? ''),
    fact('channelObfuscation.channelFlag', 'code', VERBATIM, bitLabel(CHANNEL_OBFUSCATION.channelFlagBit)),
    fact('channelObfuscation.capability', 'code', VERBATIM, bitLabel(CHANNEL_OBFUSCATION.capabilityBit)),
    fact('apiError.missingAccess', 'code', VERBATIM, API_ERRORS.missingAccess),
    fact('apiError.missingPermissions', 'code', VERBATIM, API_ERRORS.missingPermissions),
  ];
}

function intentFacts(): Fact[] {
  const review = PRIVILEGED_INTENT_REVIEW;
  const closeCode = (name: string, close: GatewayCloseCode): Fact[] => [
    fact(`closeCode.${name}.code`, 'text', VERBATIM, close.code),
    fact(`closeCode.${name}.name`, 'text', VERBATIM, close.name),
  ];
  return [
    ...INTENTS.flatMap((intent) => [
      fact(`intent.${intent.key}.bit`, 'code', VERBATIM, bitLabel(intent.bit)),
      // Unguarded: "bit 9" — too short to search for.
      fact(`intent.${intent.key}.bitNumber`, 'text', VERBATIM, intent.bit, false),
      // Unguarded: GUILDS, GUILD_MEMBERS… are named all over the prose; the tag is for rows that pair name and bit.
      fact(`intent.${intent.key}.name`, 'code', VERBATIM, intent.apiName, false),
    ]),
    fact('intents.review.effective', 'text', DAY, review.effective),
    fact('intents.review.effectiveMonth', 'text', MONTH, review.effective),
    fact('intents.review.userThreshold', 'text', COUNT, review.userThreshold),
    fact('intents.review.previousServerThreshold', 'text', COUNT, review.previousServerThreshold),
    fact('intents.review.daysToApply', 'text', COUNT, review.daysToApply),
    fact('verification.serverLimit', 'text', COUNT, review.verificationServerLimit),
    ...closeCode('authenticationFailed', AUTHENTICATION_FAILED_CLOSE),
    ...closeCode('invalidIntents', INVALID_INTENTS_CLOSE),
    ...closeCode('disallowedIntents', DISALLOWED_INTENTS_CLOSE),
  ];
}

function libraryFacts(): Fact[] {
  const facts = LIBRARIES.flatMap((lib) => [
    fact(`library.${lib.id}.version`, 'text', VERBATIM, lib.version),
    fact(`library.${lib.id}.tag`, 'code', VERBATIM, `${lib.tagPrefix}${lib.version}`),
    // "discord.py 2.7 runs on…", "(14.28 at the time of writing)".
    fact(`library.${lib.id}.minor`, 'text', VERBATIM, lib.version.split('.').slice(0, 2).join('.')),
    // Unguarded: a bare "14" or "3" is everywhere. Used in "discord.js v14", "nextcord 3".
    fact(`library.${lib.id}.major`, 'text', VERBATIM, lib.version.split('.')[0] ?? '', false),
    ...(lib.newestPublished ? [fact(`library.${lib.id}.newestPublished`, 'text', VERBATIM, lib.newestPublished)] : []),
  ]);
  // The one place the version is pinned is package.json (the catalogues are checked against what it installs).
  const apiTypes = packageJson.devDependencies['discord-api-types'];
  expectFact(
    /^\d+\.\d+\.\d+$/.test(apiTypes),
    'discordApiTypes.version',
    `package.json must pin one version, not ${apiTypes}`,
  );
  return [...facts, fact('discordApiTypes.version', 'text', VERBATIM, apiTypes)];
}

/** Every fact a page may name, in catalogue order. */
export const FACTS: readonly Fact[] = Object.freeze([
  ...permissionFacts(PERMISSIONS),
  ...intentFacts(),
  ...libraryFacts(),
]);

const BY_ID: ReadonlyMap<string, Fact> = new Map(FACTS.map((f) => [f.id, f]));

export function findFact(id: string): Fact | undefined {
  return BY_ID.get(id);
}

/**
 * The facts as plain data, id → style and text per language: what the remark plugin is configured with. Handing it
 * the values (not just the function) puts them in the docs plugin's options, whose JSON Docusaurus writes to the
 * MDX loader's dependency file, so a changed catalogue value rebuilds the pages even on a warm bundler cache.
 */
export type FactTable = Readonly<Record<string, Pick<Fact, 'style' | 'text'>>>;

export function factTable(facts: readonly Fact[] = FACTS): FactTable {
  return Object.freeze(Object.fromEntries(facts.map((f) => [f.id, {style: f.style, text: f.text}])));
}
