import { describe, expect, it } from "vitest";

import { LruCache } from "@/lib/lru";

describe("LruCache", () => {
  it("forgets the least recently used entry past its capacity", () => {
    const cache = new LruCache<string, number>(2);
    cache.set("a", 1);
    cache.set("b", 2);
    expect(cache.get("a")).toBe(1); // "a" is now the most recent
    cache.set("c", 3);
    expect(cache.get("b")).toBeUndefined();
    expect(cache.get("a")).toBe(1);
    expect(cache.get("c")).toBe(3);
    expect(cache.size).toBe(2);
  });

  it("replaces a value without growing, and keeps falsy values", () => {
    const cache = new LruCache<string, number>(2);
    cache.set("a", 1);
    cache.set("a", 0);
    expect(cache.size).toBe(1);
    expect(cache.get("a")).toBe(0);
  });

  it("bounds the summed weight when told what an entry weighs", () => {
    const cache = new LruCache<string, string>(10, (value) => value.length);
    cache.set("a", "xxxx");
    cache.set("b", "yyyy");
    expect(cache.weight).toBe(8);
    cache.set("c", "zzzz"); // 12 > 10: "a" goes
    expect(cache.get("a")).toBeUndefined();
    expect(cache.weight).toBe(8);
    cache.set("b", "y"); // a replaced value's old weight is given back
    expect(cache.weight).toBe(5);
    cache.set("huge", "w".repeat(11)); // heavier than the whole capacity: not kept, and nothing else evicted for it
    expect(cache.get("huge")).toBeUndefined();
    expect(cache.get("b")).toBe("y");
    expect(cache.weight).toBe(5);
  });

  it("refuses a capacity that is not a positive integer", () => {
    expect(() => new LruCache(0)).toThrow(RangeError);
    expect(() => new LruCache(1.5)).toThrow(RangeError);
  });
});
