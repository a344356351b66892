import { describe, expect, it } from "vitest";

import { centredCosine, domainSpace, meanCosine, profileMeans, quantile, sharedStrengths, vectorCosine } from "@/lib/pro/similarity";

describe("centred cosine (hand-computed vectors)", () => {
  it("is the raw cosine without a centre", () => {
    expect(centredCosine({ a: 1, b: 0 }, { a: 1, b: 1 })).toBeCloseTo(Math.SQRT1_2, 12);
    expect(centredCosine({ a: 3, b: 4 }, { a: 6, b: 8 })).toBeCloseTo(1, 12);
    expect(centredCosine({ a: 1 }, { b: 1 })).toBe(0);
  });

  it("subtracts the economy mean of each element first", () => {
    const x = { a: 2, b: 0 };
    const y = { a: 0, b: 2 };
    const z = { a: 1, b: 1 };
    const means = profileMeans([x, y, z, null]);
    expect(means).toEqual({ a: 1, b: 1 });
    // centred: x = (1, −1), y = (−1, 1): opposite; the raw cosine only says "orthogonal".
    expect(centredCosine(x, y, means)).toBeCloseTo(-1, 12);
    expect(centredCosine(x, y)).toBe(0);
    // z sits exactly on the mean: no direction, no similarity.
    expect(centredCosine(x, z, means)).toBeNull();
  });

  it("counts a missing element as 0", () => {
    expect(profileMeans([{ a: 2 }, { b: 4 }])).toEqual({ a: 1, b: 2 });
    // (1, 0, 0) − (0, 0, 0) against (0, 0, 2): orthogonal.
    expect(centredCosine({ a: 1 }, { c: 2 })).toBe(0);
  });

  it("builds one centred vector per occupation with the same cosines", () => {
    // Centre (4, 4, 4); centred: A (1,0,0), B (1,1,0), C (1,0,1), D (0,1,0), E (−3,−2,−1).
    const profiles = [
      { x: 5, y: 4, z: 4 },
      { x: 5, y: 5, z: 4 },
      { x: 5, y: 4, z: 5 },
      { x: 4, y: 5, z: 4 },
      { x: 1, y: 2, z: 3 },
      null,
    ];
    const space = domainSpace(profiles);
    expect(space.keys).toEqual(["x", "y", "z"]);
    expect([...space.centre]).toEqual([4, 4, 4]);
    expect([...space.vectors[1]!.values]).toEqual([1, 1, 0]);
    expect(space.vectors[1]!.norm).toBeCloseTo(Math.SQRT2, 12);
    expect(space.vectors[5]).toBeNull();
    expect(vectorCosine(space.vectors[0]!, space.vectors[1]!)).toBeCloseTo(Math.SQRT1_2, 12);
    expect(vectorCosine(space.vectors[1]!, space.vectors[2]!)).toBeCloseTo(0.5, 12);
    expect(vectorCosine(space.vectors[0]!, space.vectors[3]!)).toBeCloseTo(0, 12);
    // A · E = −3, |E| = √14.
    expect(vectorCosine(space.vectors[0]!, space.vectors[4]!)).toBeCloseTo(-3 / Math.sqrt(14), 12);
    expect(vectorCosine(space.vectors[0]!, space.vectors[5]!)).toBeNull();
    expect(vectorCosine(space.vectors[0]!, space.vectors[4]!)).toBeCloseTo(centredCosine(profiles[0]!, profiles[4]!, { x: 4, y: 4, z: 4 })!, 12);
  });

  it("names the elements both stand out on, strongest first", () => {
    // Centred A (2, 1, −1), B (1, 3, 1): both above the mean on x (2·1) and y (1·3): y first.
    const space = domainSpace([
      { x: 3, y: 2, z: 0 },
      { x: 2, y: 4, z: 2 },
      { x: -1, y: -3, z: 1 },
    ]);
    expect([...space.centre]).toEqual([4 / 3, 1, 1]);
    expect(sharedStrengths(space, 0, 1, 3)).toEqual(["y", "x"]);
    expect(sharedStrengths(space, 0, 1, 1)).toEqual(["y"]);
    expect(sharedStrengths(space, 0, 2, 3)).toEqual([]);
  });
});

describe("mean of cosines and quantiles", () => {
  it("averages the domains that exist", () => {
    expect(meanCosine([0.5, null, 0.1])).toBeCloseTo(0.3, 12);
    expect(meanCosine([0.9, 0.6, 0.3])).toBeCloseTo(0.6, 12);
    expect(meanCosine([null, null])).toBeNull();
  });

  it("interpolates between the two nearest ranks", () => {
    const sorted = [1, 2, 3, 4];
    expect(quantile(sorted, 0)).toBe(1);
    expect(quantile(sorted, 1)).toBe(4);
    expect(quantile(sorted, 0.5)).toBe(2.5);
    // position 0.9 × 3 = 2.7 → 3 + 0.7 × (4 − 3)
    expect(quantile(sorted, 0.9)).toBeCloseTo(3.7, 12);
    expect(quantile([], 0.5)).toBeNull();
  });
});
