export type ParamUpdates = Readonly<Record<string, string | null>>;

/** Applies updates to a query string; `null` or '' removes a key. Pure, so it is tested without a router. */
export function applyParamUpdates(search: string, updates: ParamUpdates): string {
  const params = new URLSearchParams(search);
  for (const [key, value] of Object.entries(updates)) {
    if (value === null || value === '') params.delete(key);
    else params.set(key, value);
  }
  const next = params.toString();
  return next ? `?${next}` : '';
}
