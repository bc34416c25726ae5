/** Parses what localStorage holds for tutorial progress; anything malformed counts as no progress. */
export function parseProgress(raw: string | null): ReadonlySet<string> {
  if (!raw) return new Set();
  try {
    const value: unknown = JSON.parse(raw);
    if (!Array.isArray(value)) return new Set();
    return new Set(value.filter((v): v is string => typeof v === 'string'));
  } catch {
    return new Set();
  }
}

export function serializeProgress(done: ReadonlySet<string>): string {
  return JSON.stringify([...done].sort());
}
