import type { BetterSQLite3Database } from "drizzle-orm/better-sqlite3";

import type * as schema from "@/db/content/schema";

/** The write transaction every writer receives. */
export type Tx = Parameters<Parameters<BetterSQLite3Database<typeof schema>["transaction"]>[0]>[0];

export const sortByCode = <T>(items: Iterable<T>, key: (item: T) => string) => [...items].sort((a, b) => key(a).localeCompare(key(b)));
export const average = (values: readonly number[]) => (values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length);
export const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

/** SQLite limits bound parameters per statement: insert long lists a chunk at a time. */
export function insertInChunks<T>(items: readonly T[], size: number, insert: (chunk: T[]) => void): void {
  for (let start = 0; start < items.length; start += size) insert(items.slice(start, start + size));
}

/** Appends to a list in a map of lists. */
/** `keys` of an optional source row as they are, each null where the row or the value is missing. */
export function fieldsOrNull<T extends object, K extends keyof T>(source: T | null, keys: readonly K[]): { [P in K]: NonNullable<T[P]> | null } {
  return Object.fromEntries(keys.map((key) => [key, source?.[key] ?? null])) as { [P in K]: NonNullable<T[P]> | null };
}

export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

/** Whether a process with this pid is still running (signal 0 tests without sending anything). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
