import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { proConfig } from "@/lib/pro/config";
import { PIVOT_FLOOR_META_KEY, type PivotTarget } from "@/lib/pro/pivots";

import { sharedContentBuild } from "./support/content-build";

/** Career pivots (issue 15) as built from the committed sources: properties every stored pivot list must have. */
let db: Database.Database;
const lines: string[] = [];

beforeAll(async () => {
  const { dbFile, summary } = await sharedContentBuild();
  lines.push(...summary.pivots);
  db = new Database(dbFile, { readonly: true });
});
afterAll(() => {
  db?.close();
});

const all = <T>(query: string, ...params: unknown[]) => db.prepare(query).all(...params) as T[];

interface Source {
  soc: string;
  score: number;
  jobZone: number | null;
  pivots: PivotTarget[];
}

function sources(): Source[] {
  return all<{ soc: string; score: number; jobZone: number | null; pivots: string }>(
    "SELECT o.soc, o.score, o.job_zone AS jobZone, p.pivots FROM pro_analyses p JOIN occupations o USING (soc) WHERE p.pivots <> '[]'",
  ).map((row) => ({ ...row, pivots: JSON.parse(row.pivots) as PivotTarget[] }));
}

/** Centred cosine written out again here, from the stored O*NET elements, to check the import's arithmetic. */
function elementCosines(domain: "skill" | "knowledge"): (a: string, b: string) => number {
  const rows = all<{ soc: string; name: string; value: number }>("SELECT soc, name, importance * level AS value FROM onet_elements WHERE domain = ?", domain);
  const bySoc = new Map<string, Map<string, number>>();
  for (const row of rows) bySoc.set(row.soc, (bySoc.get(row.soc) ?? new Map<string, number>()).set(row.name, row.value));
  const names = [...new Set(rows.map((row) => row.name))];
  const mean = new Map(names.map((name) => [name, [...bySoc.values()].reduce((sum, values) => sum + (values.get(name) ?? 0), 0) / bySoc.size]));
  return (a, b) => {
    const x = bySoc.get(a)!;
    const y = bySoc.get(b)!;
    let dot = 0;
    let nx = 0;
    let ny = 0;
    for (const name of names) {
      const u = (x.get(name) ?? 0) - mean.get(name)!;
      const v = (y.get(name) ?? 0) - mean.get(name)!;
      dot += u * v;
      nx += u * u;
      ny += v * v;
    }
    return dot / Math.sqrt(nx * ny);
  };
}

describe("career pivots of every occupation", () => {
  it("stores and prints a floor, and no pivot is below it", () => {
    const floor = Number(all<{ value: string }>("SELECT value FROM meta WHERE key = ?", PIVOT_FLOOR_META_KEY)[0]!.value);
    expect(floor).toBeGreaterThan(0);
    expect(lines.join("\n")).toContain(`similarity floor  ${floor.toFixed(3)}`);
    const list = sources();
    expect(list.length).toBeGreaterThan(400);
    for (const source of list) for (const pivot of source.pivots) expect(pivot.similarity, `${source.soc} → ${pivot.soc}`).toBeGreaterThanOrEqual(floor);
  });

  it("lists at most 8 targets, each at least 10 points lower, ranked by the formula", () => {
    const scores = new Map(all<{ soc: string; score: number; jobZone: number | null }>("SELECT soc, score, job_zone AS jobZone FROM occupations").map((row) => [row.soc, row]));
    const related = new Set(
      all<{ key: string }>("SELECT soc || '>' || related_soc AS key FROM onet_related_occupations WHERE tier IN ('Primary-Short', 'Primary-Long')").map((row) => row.key),
    );
    const { maxTargets, minScoreDrop, relatedBoost, jobZoneStepPenalty } = proConfig.pivots;
    for (const source of sources()) {
      expect(source.pivots.length).toBeLessThanOrEqual(maxTargets);
      let previous = Number.POSITIVE_INFINITY;
      for (const pivot of source.pivots) {
        const target = scores.get(pivot.soc)!;
        const label = `${source.soc} → ${pivot.soc}`;
        expect(source.score - target.score, label).toBeGreaterThanOrEqual(minScoreDrop);
        expect(pivot.scoreDrop).toBe(source.score - target.score);
        const cosines = Object.values(pivot.cosines).filter((value): value is number => value !== null);
        expect(pivot.similarity, label).toBeCloseTo(cosines.reduce((a, b) => a + b, 0) / cosines.length, 2);
        if (related.has(`${source.soc}>${pivot.soc}`)) expect(pivot.boost, label).toBe(relatedBoost);
        expect(pivot.boost === relatedBoost).toBe(related.has(`${source.soc}>${pivot.soc}`) || pivot.related.bls);
        const steps = source.jobZone === null || target.jobZone === null ? 0 : Math.max(0, target.jobZone - source.jobZone);
        expect(pivot.penalty, label).toBeCloseTo(jobZoneStepPenalty * steps, 6);
        expect(pivot.adjusted, label).toBeCloseTo(pivot.similarity + pivot.boost - pivot.penalty, 2);
        expect(pivot.rank, label).toBeCloseTo(pivot.adjusted * Math.sqrt(pivot.scoreDrop / 100), 2);
        expect(pivot.rank, label).toBeLessThanOrEqual(previous + 1e-9);
        previous = pivot.rank;
      }
    }
  });

  it("computes the skills and knowledge cosines the same way as an independent implementation", () => {
    const skills = elementCosines("skill");
    const knowledge = elementCosines("knowledge");
    for (const source of sources()) {
      for (const pivot of source.pivots) {
        expect(pivot.cosines.skills, `${source.soc} → ${pivot.soc}`).toBeCloseTo(skills(source.soc, pivot.soc), 3);
        expect(pivot.cosines.knowledge, `${source.soc} → ${pivot.soc}`).toBeCloseTo(knowledge(source.soc, pivot.soc), 3);
      }
    }
  });

  it("gives industrial production managers none of the old unlike pivots", () => {
    const ipm = sources().find((source) => source.soc === "11-3051")!;
    expect(ipm.pivots.length).toBeGreaterThan(0);
    const titles = ipm.pivots.map((pivot) => pivot.title);
    for (const unlike of [/respiratory therapist/i, /surgical assistant/i, /licensed practical/i, /coach/i]) expect(titles.join("; ")).not.toMatch(unlike);
    for (const soc of ["29-1126", "29-9093", "29-2061", "27-2022"]) expect(ipm.pivots.map((pivot) => pivot.soc)).not.toContain(soc);
  });

  it("prints coverage and how many pivots pass the sense checks, most of them", () => {
    const text = lines.join("\n");
    const withThree = Number(/(\d+) with at least 3/.exec(text)![1]);
    expect(withThree).toBe(sources().filter((source) => source.pivots.length >= 3).length);
    const share = Number(/pivots that make sense: \d+ of \d+ \(([\d.]+)%\)/.exec(text)![1]);
    expect(share).toBeGreaterThanOrEqual(70);
  });
});
