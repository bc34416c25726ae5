/**
 * Parsers in `src/discord/` return errors as values instead of throwing: a view maps each error code to a
 * translated message next to the field, and a thrown exception would instead blank the page during SSR.
 */
export type Result<T, E> = {readonly ok: true; readonly value: T} | {readonly ok: false; readonly error: E};

export function ok<T>(value: T): Result<T, never> {
  return {ok: true, value};
}

export function err<E>(error: E): Result<never, E> {
  return {ok: false, error};
}

export function isOk<T, E>(result: Result<T, E>): result is {readonly ok: true; readonly value: T} {
  return result.ok;
}

export function isErr<T, E>(result: Result<T, E>): result is {readonly ok: false; readonly error: E} {
  return !result.ok;
}

/** The value, or `fallback` on error; lets a view keep showing the last good value while the reader types. */
export function unwrapOr<T, E>(result: Result<T, E>, fallback: T): T {
  return result.ok ? result.value : fallback;
}
