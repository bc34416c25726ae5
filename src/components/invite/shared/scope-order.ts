import {SCOPES, type ScopeName} from '@site/src/discord/scopes';

/** The two scopes of an ordinary bot invite, shown first; every other scope is behind "More scopes". */
export const PRIMARY_SCOPES: readonly ScopeName[] = Object.freeze(['bot', 'applications.commands']);
export const MORE_SCOPES: readonly ScopeName[] = Object.freeze(
  SCOPES.map((info) => info.scope).filter((scope) => !PRIMARY_SCOPES.includes(scope)),
);
/** Every scope in the order the builder shows it: what its page parameter is read and written against. */
export const SCOPE_ORDER: readonly ScopeName[] = Object.freeze([...PRIMARY_SCOPES, ...MORE_SCOPES]);
