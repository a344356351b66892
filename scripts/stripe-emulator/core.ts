import { emulatorNow } from "./clock";
import type { Store } from "./store";

/** What operations, routes and pages share: the state, emulator time, public base URL and logger. */
export interface Core {
  readonly store: Store;
  /** Emulator time, unix seconds. */
  now(): number;
  /** Base URL for hosted pages, e.g. `http://127.0.0.1:12111`. */
  publicUrl(): string;
  log(line: string): void;
}

export function createCore(store: Store, publicUrl: () => string, log: (line: string) => void): Core {
  return {
    store,
    now: () => emulatorNow(store.data.clock_offset_seconds),
    publicUrl,
    log,
  };
}
