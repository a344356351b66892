/**
 * A bounded map that forgets the least recently used entry first. A Map keeps insertion
 * order, so re-inserting on every hit keeps the oldest entry at the front. The bound counts
 * entries, or whatever `weigh` says an entry costs (bytes, for cached files).
 */
export class LruCache<K, V> {
  readonly #entries = new Map<K, V>();
  readonly #weigh: (value: V) => number;
  #weight = 0;

  constructor(
    readonly capacity: number,
    weigh: (value: V) => number = () => 1,
  ) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError(`LRU capacity must be a positive integer, got ${capacity}`);
    this.#weigh = weigh;
  }

  get size(): number {
    return this.#entries.size;
  }

  /** The summed weight of the entries held (their count without `weigh`). */
  get weight(): number {
    return this.#weight;
  }

  get(key: K): V | undefined {
    if (!this.#entries.has(key)) return undefined;
    const value = this.#entries.get(key) as V;
    this.#entries.delete(key);
    this.#entries.set(key, value);
    return value;
  }

  /** Stores the value, then forgets the oldest entries until the weight fits; a value heavier than the whole capacity is not kept. */
  set(key: K, value: V): void {
    this.delete(key);
    const weight = this.#weigh(value);
    if (weight > this.capacity) return;
    this.#entries.set(key, value);
    this.#weight += weight;
    while (this.#weight > this.capacity) this.delete(this.#entries.keys().next().value as K);
  }

  delete(key: K): void {
    if (!this.#entries.has(key)) return;
    this.#weight -= this.#weigh(this.#entries.get(key) as V);
    this.#entries.delete(key);
  }
}
