/**
 * Integers and invite links written before Discord's permission splits. Discord carved Pin Messages out of Manage
 * Messages, Create Expressions out of Manage Expressions and Create Events out of Manage Events; since each split's
 * `enforced` day (permissions.ts, from Discord's change log) the old permission alone no longer allows it. A value
 * that has the old permission but not the new one was enough before and is not now: a "gap".
 *
 * Everything here is read off the catalogue's `split` rows, so a new split is a row, not code. A split whose
 * `affectsBots` is false (Bypass Slowmode: slowmode never applied to bots) never makes a gap, so nothing offers to
 * add it. The invite linter (lint-rules.ts, `split-permission-missing`) and the permission calculator's note both
 * read {@link splitGaps} and {@link withSplitsFilled}.
 */
import {formatDay} from './dates';
import {englishBeside, pick, type Locale} from './locale';
import {getPermission, PERMISSIONS, type PermissionInfo, type PermissionKey, type PermissionSplit} from './permissions';

/** A permission the value lacks although it holds one that used to grant the same ability. */
export interface SplitGap {
  /** The permission carved out of an older one, missing from the value. */
  readonly permission: PermissionInfo;
  /** The older permissions the value holds that used to grant it (one or more, in the row's order). */
  readonly from: readonly PermissionInfo[];
  /** YYYY-MM-DD: since when they no longer do (the split's `enforced` day). */
  readonly since: string;
}

/** Every permission a split was carved out of: `from`, then `alsoFrom`. */
export function splitSources(split: PermissionSplit): readonly PermissionKey[] {
  return [split.from, ...(split.alsoFrom ?? [])];
}

const has = (bits: bigint, info: PermissionInfo): boolean => (bits & info.value) === info.value;

/**
 * The gaps in `bits`, in catalogue order. None when `bits` has Administrator, which grants every permission. Only
 * splits that took something from bots (`affectsBots`, with an `enforced` day) count. `rows` is the catalogue; tests
 * pass others.
 */
export function splitGaps(bits: bigint, rows: readonly PermissionInfo[] = PERMISSIONS): readonly SplitGap[] {
  if (has(bits, getPermission('Administrator'))) return [];
  const gaps: SplitGap[] = [];
  for (const row of rows) {
    const split = row.split;
    if (split === undefined || !split.affectsBots || split.enforced === undefined || has(bits, row)) continue;
    const from = splitSources(split)
      .map(getPermission)
      .filter((info) => has(bits, info));
    if (from.length > 0) gaps.push(Object.freeze({permission: row, from: Object.freeze(from), since: split.enforced}));
  }
  return Object.freeze(gaps);
}

/**
 * `bits` with every gap filled: each missing permission added, nothing else changed (unknown bits included). Adding
 * one could in principle open another gap (a split of a split), so it repeats until there is none.
 */
export function withSplitsFilled(bits: bigint, rows: readonly PermissionInfo[] = PERMISSIONS): bigint {
  let filled = bits;
  for (let gaps = splitGaps(filled, rows); gaps.length > 0; gaps = splitGaps(filled, rows)) {
    filled = gaps.reduce((value, gap) => value | gap.permission.value, filled);
  }
  return filled;
}

/**
 * Permission names for a sentence: the label in `locale`, with the English client label beside a translated one
 * ("จัดการข้อความ (Manage Messages)"), several joined as the language joins a list ("A and B").
 */
export function permissionNames(rows: readonly PermissionInfo[], locale: Locale): string {
  const names = rows.map((row) => {
    const english = englishBeside(row.label, locale);
    const label = pick(row.label, locale);
    return english === undefined ? label : `${label} (${english})`;
  });
  return LIST[locale](names);
}

/**
 * A list of names in each language. Thai puts และ before the last one, spaced like the rest of our Thai prose
 * (Intl's Thai pattern writes "A และB", which after a closing bracket reads as one run of text).
 */
let englishList: Intl.ListFormat | undefined;
const LIST: Readonly<Record<Locale, (names: readonly string[]) => string>> = {
  // Made once: building an Intl.ListFormat costs more than the rest of a calculator update.
  en: (names) => (englishList ??= new Intl.ListFormat('en', {type: 'conjunction'})).format(names),
  th: (names) => (names.length < 2 ? names.join('') : `${names.slice(0, -1).join(' ')} และ ${names.at(-1)}`),
};

/** What a sentence about a gap names: the older permissions, the missing one, and the day, in `locale`. */
export interface SplitGapWords {
  readonly old: string;
  readonly new: string;
  readonly date: string;
}

export function splitGapWords(gap: SplitGap, locale: Locale): SplitGapWords {
  return {
    old: permissionNames(gap.from, locale),
    new: permissionNames([gap.permission], locale),
    date: formatDay(gap.since, locale),
  };
}
