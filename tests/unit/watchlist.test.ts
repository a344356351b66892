import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import { afterAll, describe, expect, it } from "vitest";

import { closeAccountsConn, openAccountsConn } from "@/db/accounts/client";
import { addWatch, findOrCreateUserByEmail, type AddWatchResult, listWatches, removeWatch, turnAlertsOff, turnAlertsOn } from "@/db/accounts/queries";
import type { ReleaseOccupationRow } from "@/lib/releases";
import { compositeScore, type SignalId } from "@/lib/scoring";
import { sendReleaseAlerts } from "@/lib/server/alerts/send";
import { signUnsubscribeToken, unsubscribeUrl, verifyUnsubscribeToken } from "@/lib/server/alerts/unsubscribe-token";
import type { Mail } from "@/lib/server/auth/mail";
import { alertMailText, canWatchMore, changeHeadline, changeReasons, watchedChanges, watchLimit, WATCH_LIMITS } from "@/lib/watchlist";
import { deriveRelease } from "@/tests/support/release-fixture";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "watchlist-test-"));
const dbFiles: string[] = [];
afterAll(async () => {
  for (const file of dbFiles) await closeAccountsConn({ sqlitePath: file });
  fs.rmSync(tmp, { recursive: true, force: true });
});
function freshAccountsDb(name: string) {
  const file = path.join(tmp, `${name}.db`);
  dbFiles.push(file);
  return openAccountsConn({ sqlitePath: file });
}

const SECRET = "unit-test-secret-0123456789-0123456789-abcdef";
const OTHER_SECRET = "another-secret-0123456789-0123456789-abcdefgh";

/** A release row whose score is what lib/scoring makes of the five signal values. */
function row(releaseId: string, soc: string, values: Record<SignalId, number>, vintages: Partial<Record<SignalId, string>> = {}, band?: string): ReleaseOccupationRow {
  const composite = compositeScore(values);
  return {
    releaseId,
    soc,
    title: `Occupation ${soc}`,
    categoryCode: soc.slice(0, 2),
    score: composite.score,
    band: band ?? (composite.score >= 60 ? "high" : composite.score >= 40 ? "clear" : "moderate"),
    entryScore: composite.score,
    midScore: composite.score,
    seniorScore: composite.score,
    signals: composite.contributions.map((part) => ({
      signal: part.signal,
      value: part.value,
      raw: part.value,
      rawLabel: "",
      weight: part.weight,
      contribution: part.contribution,
      imputed: false,
      source: `source of ${part.signal}`,
      vintage: vintages[part.signal] ?? `vintage 1 of ${part.signal}`,
      sourceKey: soc,
    })),
  };
}
const base: Record<SignalId, number> = { T: 50, D: 60, O: 40, M: 50, E: 30 }; // 25 + 12 + 4 + 5 + 3 = 49

describe("watch limits", () => {
  it("free accounts watch up to 3 occupations, Pro up to 50", () => {
    expect(WATCH_LIMITS).toEqual({ free: 3, pro: 50 });
    expect([watchLimit(false), watchLimit(true)]).toEqual([3, 50]);
    expect([canWatchMore(2, false), canWatchMore(3, false), canWatchMore(49, true), canWatchMore(50, true)]).toEqual([true, false, true, false]);
  });

  it("refuses the 4th watch of a free account and the 51st of a Pro one, in the database", async () => {
    const db = freshAccountsDb("limits");
    const free = await findOrCreateUserByEmail("free@example.test", db);
    const results: AddWatchResult[] = [];
    for (const soc of ["11-3051", "13-2011", "15-1252", "29-1141"]) results.push(await addWatch(free.id, soc, watchLimit(false), db));
    expect(results).toEqual(["added", "added", "added", "limit"]);
    expect(await addWatch(free.id, "11-3051", watchLimit(false), db)).toBe("already");
    expect((await listWatches(free.id, db)).map((watch) => watch.soc)).toEqual(["11-3051", "13-2011", "15-1252"]);
    expect(await removeWatch(free.id, "13-2011", db)).toBe(true);
    expect(await addWatch(free.id, "29-1141", watchLimit(false), db)).toBe("added");

    const pro = await findOrCreateUserByEmail("pro@example.test", db);
    const codes = Array.from({ length: 51 }, (_, index) => `41-${String(1000 + index)}`);
    const proResults: AddWatchResult[] = [];
    for (const soc of codes) proResults.push(await addWatch(pro.id, soc, watchLimit(true), db));
    expect(proResults.filter((result) => result === "added")).toHaveLength(50);
    expect(proResults[50]).toBe("limit");
  });
});

describe("change detection", () => {
  const before = [row("2026.12-aaaaaaaa", "11-3051", base), row("2026.12-aaaaaaaa", "13-2011", base), row("2026.12-aaaaaaaa", "15-1252", base)];

  it("names a score change and its reason from the stored rows (new source vintage)", () => {
    const after = [row("2027.01-bbbbbbbb", "11-3051", { ...base, E: 60 }, { E: "vintage 2 of E" }), row("2027.01-bbbbbbbb", "13-2011", base), row("2027.01-bbbbbbbb", "15-1252", base)];
    const changes = watchedChanges(before, after, ["11-3051", "13-2011"]);
    expect(changes.map((change) => change.soc)).toEqual(["11-3051"]);
    const [change] = changes;
    expect(change).toMatchObject({ fromScore: 49, toScore: 52, delta: 3, scoreChanged: true, bandChanged: false });
    expect(change!.signals).toMatchObject([{ signal: "E", reason: "new-source-vintage", detail: "vintage 1 of E → vintage 2 of E" }]);
    expect(changeHeadline(change!)).toBe("score 49 → 52 (+3)");
    expect(changeReasons(change!)).toEqual(["E · Education & credentials: 30.0 → 60.0 (+3.0 points) — new source vintage: vintage 1 of E → vintage 2 of E"]);
  });

  it("reports a band-only change (thresholds moved, score the same)", () => {
    const after = [row("2027.01-bbbbbbbb", "11-3051", base, {}, "high")];
    const [change] = watchedChanges(before, after, ["11-3051"]);
    expect(change).toMatchObject({ scoreChanged: false, bandChanged: true, storedFromBand: "clear", storedToBand: "high", delta: 0 });
    expect(changeHeadline(change!)).toBe("score unchanged at 49, band Clear pressure → High");
    expect(changeReasons(change!)[0]).toMatch(/band thresholds changed/);
  });

  it("reports nothing when neither score nor band moved, even if a signal wobbled within rounding", () => {
    const after = [row("2027.01-bbbbbbbb", "11-3051", { ...base, M: 51 }), row("2027.01-bbbbbbbb", "13-2011", base)];
    expect(after[0]!.score).toBe(49);
    expect(watchedChanges(before, after, ["11-3051", "13-2011"])).toEqual([]);
    // Not in both releases: nothing to compare.
    expect(watchedChanges(before, [row("2027.01-bbbbbbbb", "99-9999", base)], ["99-9999", "15-1252"])).toEqual([]);
  });

  it("the fixture release recomputes score, band and seniority with lib/scoring", () => {
    const derived = deriveRelease(before, { about: "", moves: [{ soc: "13-2011", signal: "T", value: 90 }] }, "2027.01-cccccccc", () => ({ entry: 1.2, senior: 0.8 }));
    const moved = derived.find((entry) => entry.soc === "13-2011")!;
    expect(moved).toMatchObject({ releaseId: "2027.01-cccccccc", score: 69, band: "high", entryScore: 83, midScore: 69, seniorScore: 55 });
    expect(moved.signals.find((signal) => signal.signal === "T")).toMatchObject({ value: 90, contribution: 45 });
    expect(derived.find((entry) => entry.soc === "11-3051")).toMatchObject({ score: 49, releaseId: "2027.01-cccccccc" });
    expect(() => deriveRelease(before, { about: "", moves: [{ soc: "99-9999", signal: "T", value: 1 }] }, "x", () => ({ entry: 1, senior: 1 }))).toThrow(/99-9999/);
  });

  it("writes one mail text naming every change and its reason, with the unsubscribe link", () => {
    const after = [row("2027.01-bbbbbbbb", "11-3051", { ...base, E: 60 }, { E: "vintage 2 of E" }), row("2027.01-bbbbbbbb", "13-2011", { ...base, T: 70 })];
    const changes = watchedChanges(before, after, ["11-3051", "13-2011"]).map((change) => ({ ...change, url: `http://x.test/occupations/${change.soc}` }));
    const mail = alertMailText({ fromRelease: "2026.12-aaaaaaaa", toRelease: "2027.01-bbbbbbbb", changes, unsubscribeUrl: "http://x.test/u", accountUrl: "http://x.test/account" });
    expect(mail.subject).toBe("AI pressure scores changed for 2 watched occupations (release 2027.01-bbbbbbbb)");
    expect(mail.text).toContain("Occupation 11-3051 (SOC 11-3051): score 49 → 52 (+3).");
    expect(mail.text).toContain("Occupation 13-2011 (SOC 13-2011): score 49 → 59 (+10).");
    expect(mail.text).toContain("T · Task feasibility: 50.0 → 70.0 (+10.0 points) — methodology change");
    expect(mail.text).toContain("http://x.test/u");
  });
});

describe("unsubscribe token", () => {
  it("verifies what it signed and nothing else", () => {
    const token = signUnsubscribeToken("user-1", SECRET);
    expect(verifyUnsubscribeToken(token, SECRET)).toBe("user-1");
    expect(verifyUnsubscribeToken(token, OTHER_SECRET)).toBeNull();
    const [payload, signature] = token.split(".") as [string, string];
    // Another user's payload under this signature, and this payload under another's.
    const [otherPayload, otherSignature] = signUnsubscribeToken("user-2", SECRET).split(".") as [string, string];
    expect(verifyUnsubscribeToken(`${otherPayload}.${signature}`, SECRET)).toBeNull();
    expect(verifyUnsubscribeToken(`${payload}.${otherSignature}`, SECRET)).toBeNull();
    // Every one-character change of the signature, including the last character's spare bits.
    for (let index = 0; index < signature.length; index += 1) {
      const flipped = signature[index] === "A" ? "B" : "A";
      expect(verifyUnsubscribeToken(`${payload}.${signature.slice(0, index)}${flipped}${signature.slice(index + 1)}`, SECRET)).toBeNull();
    }
    for (const junk of ["", "x", `${payload}.`, `.${signature}`, `${token}.x`, 42, null, `${"a".repeat(300)}.${signature}`]) {
      expect(verifyUnsubscribeToken(junk, SECRET)).toBeNull();
    }
  });

  it("is single purpose: a correctly signed payload for another purpose is refused", async () => {
    const { createHmac } = await import("node:crypto");
    const key = createHmac("sha256", SECRET).update("ai-pressure:alerts-unsubscribe:v1").digest();
    const payload = Buffer.from(JSON.stringify({ p: "sign-in", u: "user-1" })).toString("base64url");
    const forged = `${payload}.${createHmac("sha256", key).update(payload).digest("base64url")}`;
    expect(verifyUnsubscribeToken(forged, SECRET)).toBeNull();
    const url = new URL(unsubscribeUrl("user-1", "http://x.test", SECRET));
    expect(url.pathname).toBe("/alerts/unsubscribe");
    expect(verifyUnsubscribeToken(url.searchParams.get("token"), SECRET)).toBe("user-1");
  });
});

describe("sending alerts", () => {
  const previous = { id: "2026.12-aaaaaaaa", rows: [row("2026.12-aaaaaaaa", "11-3051", base), row("2026.12-aaaaaaaa", "13-2011", base)] };
  const current = { id: "2027.01-bbbbbbbb", rows: [row("2027.01-bbbbbbbb", "11-3051", { ...base, E: 60 }, { E: "vintage 2 of E" }), row("2027.01-bbbbbbbb", "13-2011", base)] };
  const next = { id: "2027.02-cccccccc", rows: [row("2027.02-cccccccc", "11-3051", { ...base, E: 60, D: 80 }, { E: "vintage 2 of E", D: "vintage 2 of D" }), row("2027.02-cccccccc", "13-2011", base)] };

  it("sends one mail per user and release, and nothing on a re-run", async () => {
    const db = freshAccountsDb("idempotence");
    const alice = await findOrCreateUserByEmail("alice@example.test", db);
    const bob = await findOrCreateUserByEmail("bob@example.test", db);
    await addWatch(alice.id, "11-3051", 3, db);
    await addWatch(alice.id, "13-2011", 3, db);
    await addWatch(bob.id, "13-2011", 3, db);
    const mails: Mail[] = [];
    const options = { db, appUrl: "http://x.test", secret: SECRET, send: async (mail: Mail) => void mails.push(mail) };
    const first = await sendReleaseAlerts(previous, current, options);
    expect(first).toMatchObject({ watchers: 2, withChanges: 1, sent: 1, alreadySent: 0, failed: 0 });
    expect(mails.map((mail) => mail.to)).toEqual(["alice@example.test"]);
    expect(mails[0]!.text).toContain("score 49 → 52 (+3)");
    expect(verifyUnsubscribeToken(new URL(mails[0]!.link!).searchParams.get("token"), SECRET)).toBe(alice.id);
    const second = await sendReleaseAlerts(previous, current, options);
    expect(second).toMatchObject({ sent: 0, alreadySent: 1 });
    expect(mails).toHaveLength(1);
  });

  it("gives the claim back when sending fails, so the next run sends it", async () => {
    const db = freshAccountsDb("retry");
    const alice = await findOrCreateUserByEmail("alice@example.test", db);
    await addWatch(alice.id, "11-3051", 3, db);
    const failing = await sendReleaseAlerts(previous, current, { db, appUrl: "http://x.test", secret: SECRET, send: async () => Promise.reject(new Error("SMTP down")) });
    expect(failing).toMatchObject({ sent: 0, failed: 1 });
    const mails: Mail[] = [];
    const retried = await sendReleaseAlerts(previous, current, { db, appUrl: "http://x.test", secret: SECRET, send: async (mail) => void mails.push(mail) });
    expect(retried).toMatchObject({ sent: 1, failed: 0 });
    expect(mails).toHaveLength(1);
  });

  it("sends nothing to a user who turned alerts off, from the next release on", async () => {
    const db = freshAccountsDb("opt-out");
    const alice = await findOrCreateUserByEmail("alice@example.test", db);
    const bob = await findOrCreateUserByEmail("bob@example.test", db);
    await addWatch(alice.id, "11-3051", 3, db);
    await addWatch(bob.id, "11-3051", 3, db);
    const mails: Mail[] = [];
    const options = { db, appUrl: "http://x.test", secret: SECRET, send: async (mail: Mail) => void mails.push(mail) };
    expect((await sendReleaseAlerts(previous, current, options)).sent).toBe(2);
    expect(await turnAlertsOff(alice.id, db)).toBe(true);
    expect(await turnAlertsOff("no-such-user", db)).toBe(false);
    const after = await sendReleaseAlerts(current, next, options);
    expect(after).toMatchObject({ alertsOff: 1, sent: 1 });
    expect(mails.slice(2).map((mail) => mail.to)).toEqual(["bob@example.test"]);
    await turnAlertsOn(alice.id, db);
    expect((await sendReleaseAlerts(current, next, options)).sent).toBe(1);
    expect(mails.at(-1)!.to).toBe("alice@example.test");
  });
});
