/**
 * Test fixture: "a release where a score changes". A fixture names signal moves (new value,
 * and the vintage or source the move comes with); `deriveRelease` applies them to the rows of
 * a built release and recomputes each moved occupation's score, band and seniority scores with
 * lib/scoring, so the rows are what the importer would have stored. `buildFixtureContentDb`
 * writes a copy of a content database with that release as the current one and the copied
 * database's current release as the one before it (the app's own database is never opened
 * for writing). Used by tests/unit/watchlist.test.ts and tests/e2e/alerts.spec.ts.
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

import Database from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { z } from "zod";

import * as contentSchema from "@/db/content/schema";
import { getReleaseRows, listReleases } from "@/db/queries/releases";
import { releaseId, type ReleaseOccupationRow } from "@/lib/releases";
import { compositeScore, SIGNAL_IDS, seniorityScores, verdictBand, type SignalId } from "@/lib/scoring";

const signalMove = z
  .object({
    soc: z.string().regex(/^\d{2}-\d{4}$/),
    signal: z.enum(SIGNAL_IDS),
    value: z.number().min(0).max(100),
    raw: z.number().nullable().optional(),
    rawLabel: z.string().optional(),
    vintage: z.string().min(1).optional(),
    source: z.string().min(1).optional(),
    sourceKey: z.string().optional(),
    imputed: z.boolean().optional(),
  })
  .strict();

export const fixtureReleaseSchema = z.object({ about: z.string(), moves: z.array(signalMove).min(1) }).strict();
export type FixtureRelease = z.infer<typeof fixtureReleaseSchema>;

export const fixtureFileSchema = z.object({ about: z.string(), releases: z.array(fixtureReleaseSchema).min(1) }).strict();

export function readFixtureFile(file: string): z.infer<typeof fixtureFileSchema> {
  return fixtureFileSchema.parse(JSON.parse(fs.readFileSync(file, "utf8")));
}

export type Multipliers = (categoryCode: string) => { entry: number; senior: number };

/** The fixture applied to `rows` (one release), as release `id`. Rows without a move are copied unchanged. */
export function deriveRelease(rows: readonly ReleaseOccupationRow[], fixture: FixtureRelease, id: string, multipliers: Multipliers): ReleaseOccupationRow[] {
  const moves = new Map<string, FixtureRelease["moves"]>();
  for (const move of fixture.moves) moves.set(move.soc, [...(moves.get(move.soc) ?? []), move]);
  const unknown = [...moves.keys()].filter((soc) => !rows.some((row) => row.soc === soc));
  if (unknown.length > 0) throw new Error(`fixture moves occupations the release does not have: ${unknown.join(", ")}`);
  return rows.map((row) => {
    const rowMoves = moves.get(row.soc);
    if (rowMoves === undefined) return { ...row, releaseId: id, signals: row.signals.map((signal) => ({ ...signal })) };
    const signals = row.signals.map((signal) => {
      const move = rowMoves.find((candidate) => candidate.signal === signal.signal);
      if (move === undefined) return { ...signal };
      return {
        ...signal,
        value: move.value,
        raw: move.raw === undefined ? signal.raw : move.raw,
        rawLabel: move.rawLabel ?? signal.rawLabel,
        vintage: move.vintage ?? signal.vintage,
        source: move.source ?? signal.source,
        sourceKey: move.sourceKey ?? signal.sourceKey,
        imputed: move.imputed ?? signal.imputed,
      };
    });
    const values = Object.fromEntries(signals.map((signal) => [signal.signal, signal.value])) as Record<SignalId, number>;
    const composite = compositeScore(values);
    const contribution = new Map(composite.contributions.map((part) => [part.signal, part]));
    const { entry, senior } = multipliers(row.categoryCode);
    const seniority = seniorityScores(composite.score, { entry, mid: 1, senior });
    return {
      ...row,
      releaseId: id,
      score: composite.score,
      band: verdictBand(composite.score).id,
      entryScore: seniority.entry,
      midScore: seniority.mid,
      seniorScore: seniority.senior,
      signals: signals.map((signal) => ({ ...signal, weight: contribution.get(signal.signal)!.weight, contribution: contribution.get(signal.signal)!.contribution })),
    };
  });
}

/** "2026.12" → "2027.01". */
function nextMonth(month: string): string {
  const [year, mm] = month.split(".").map(Number) as [number, number];
  return mm === 12 ? `${year + 1}.01` : `${year}.${String(mm + 1).padStart(2, "0")}`;
}

/**
 * Copies the content database `from` to `out` and adds the fixture as a new current release,
 * a month after the copied current one (id from the fixture's hash). Returns both ids.
 */
export function buildFixtureContentDb(from: string, out: string, fixture: FixtureRelease): { previous: string; current: string } {
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.rmSync(out, { force: true });
  const source = new Database(from, { readonly: true, fileMustExist: true });
  try {
    source.exec(`VACUUM INTO '${out.replace(/'/g, "''")}'`);
  } finally {
    source.close();
  }
  const sqlite = new Database(out);
  try {
    const db = drizzle(sqlite, { schema: contentSchema });
    const previous = listReleases(db).find((release) => release.current);
    if (previous === undefined) throw new Error(`${from} has no current release`);
    const id = releaseId(nextMonth(previous.month), createHash("sha256").update(previous.id).update(JSON.stringify(fixture)).digest("hex"));
    const categories = new Map(db.select().from(contentSchema.categories).all().map((category) => [category.code, category]));
    const rows = deriveRelease(getReleaseRows(previous.id, db), fixture, id, (code) => {
      const category = categories.get(code);
      if (category === undefined) throw new Error(`no category ${code}`);
      return { entry: category.entryMultiplier, senior: category.seniorMultiplier };
    });
    const scores = rows.flatMap((row) => (row.score === null ? [] : [row.score]));
    sqlite.transaction(() => {
      db.update(contentSchema.releases).set({ current: false }).run();
      db.insert(contentSchema.releases)
        .values({ id, month: id.slice(0, 7), dataVersion: id.slice(8), current: true, occupations: rows.length, scored: scores.length, meanScore: Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 100) / 100 })
        .run();
      for (const row of rows) {
        db.insert(contentSchema.releaseScores)
          .values({ releaseId: id, soc: row.soc, title: row.title, categoryCode: row.categoryCode, score: row.score, band: row.band, entryScore: row.entryScore, midScore: row.midScore, seniorScore: row.seniorScore })
          .run();
        for (const signal of row.signals) db.insert(contentSchema.releaseSignals).values({ releaseId: id, soc: row.soc, ...signal }).run();
      }
    })();
    return { previous: previous.id, current: id };
  } finally {
    sqlite.close();
  }
}
