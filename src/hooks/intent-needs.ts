import {INTENT_NEEDS, INTENTS, intentsForNeeds, type IntentKey, type IntentNeed} from '@site/src/discord/intents';
import {parseNeedsParam as readNeeds} from './page-param-names';
import {PAGE_PARAMS} from './page-param-names';

/**
 * How the intents calculator combines "what the bot needs to do" with the intent set. Pure, so the rules the view
 * follows are tested without React or a router; the facts themselves (which need asks for which intents) stay in
 * src/discord/intents.ts.
 */

/** Query parameters the calculator writes: the set (decimal, shared with every other tool) and the ticked needs. */
export const INTENTS_PARAM = PAGE_PARAMS.intents;
export const NEEDS_PARAM = PAGE_PARAMS.needs;

const NEED_IDS: readonly string[] = INTENT_NEEDS.map((need) => need.id);
const KNOWN_NEED_IDS: ReadonlySet<string> = new Set(NEED_IDS);

/**
 * The ticked needs from `?needs=a,b`, in catalogue order, each once. Unknown ids (an old or hand-edited link) are
 * left out of the list; unknownNeeds names them so the calculator can say so.
 */
export function parseNeedsParam(param: string | null): readonly string[] {
  return readNeeds(param, NEED_IDS).value;
}

/** The ids in `?needs=` that no need has, to report rather than drop in silence. */
export function unknownNeeds(param: string | null): readonly string[] {
  const read = readNeeds(param, NEED_IDS);
  return read.ok ? [] : read.error.ids;
}

/** The parameter for a list of needs; null (no parameter) when none is ticked, so the URL stays clean. */
export function formatNeedsParam(ids: readonly string[]): string | null {
  const known = parseNeedsParam(ids.join(','));
  return known.length === 0 ? null : known.join(',');
}

export interface NeedsState {
  readonly value: bigint;
  readonly needs: readonly string[];
}

/**
 * Ticking a need ORs its intents into the set, whatever else is there. Unticking it removes its intents except
 * those another ticked need still asks for; intents it never asked for (ticked by hand, typed) are left alone.
 */
export function toggleNeed(state: NeedsState, id: string, on: boolean): NeedsState {
  if (!KNOWN_NEED_IDS.has(id)) return state;
  const others = state.needs.filter((other) => other !== id);
  if (on) {
    return {value: state.value | intentsForNeeds([id]), needs: parseNeedsParam([...others, id].join(','))};
  }
  const stillWanted = intentsForNeeds(others);
  const release = intentsForNeeds([id]) & ~stillWanted;
  return {value: state.value & ~release, needs: others};
}

/** For each intent, the ticked needs that ask for it, so a row can say where it came from. */
export function needSources(needs: readonly string[]): ReadonlyMap<IntentKey, readonly IntentNeed[]> {
  const ticked = new Set(needs);
  const sources = new Map<IntentKey, IntentNeed[]>();
  for (const need of INTENT_NEEDS) {
    if (!ticked.has(need.id)) continue;
    for (const key of need.intents) {
      const list = sources.get(key);
      if (list) list.push(need);
      else sources.set(key, [need]);
    }
  }
  return sources;
}

/** The intents a need asks for that the set lacks (the reader unticked or retyped them after ticking the need). */
export function missingForNeed(value: bigint, need: IntentNeed): readonly IntentKey[] {
  const wanted = new Set(need.intents);
  return INTENTS.filter((info) => wanted.has(info.key) && (value & info.value) === 0n).map((info) => info.key);
}
