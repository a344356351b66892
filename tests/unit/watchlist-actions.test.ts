import fs from "node:fs";

import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";

const tmpDir = vi.hoisted(() => {
  /* eslint-disable @typescript-eslint/no-require-imports -- runs before the imports below */
  const nodePath = require("node:path") as typeof import("node:path");
  const dir = (require("node:fs") as typeof import("node:fs")).mkdtempSync(
    nodePath.join((require("node:os") as typeof import("node:os")).tmpdir(), "watch-actions-test-"),
  );
  /* eslint-enable @typescript-eslint/no-require-imports */
  process.env.APP_DB_PATH = nodePath.join(dir, "app.db");
  return dir;
});

class Redirect extends Error {
  constructor(readonly url: string) {
    super(`redirect ${url}`);
  }
}
const viewer = vi.hoisted(() => ({ current: null as { id: string; email: string } | null }));
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw new Redirect(url);
  },
}));
vi.mock("@/lib/server/auth/viewer", () => ({ getViewer: async () => ({ user: viewer.current }) }));

import { closeAccountsConn } from "@/db/accounts/client";
import { alertsOffSince, findOrCreateUserByEmail, listWatches, upsertSubscriptionState } from "@/db/accounts/queries";
import { listOccupationSlugs } from "@/db/queries/profile";
import { signUnsubscribeToken } from "@/lib/server/alerts/unsubscribe-token";
import { unsubscribeAction, unwatchAction, watchAction } from "@/lib/server/watchlist/actions";

afterAll(async () => {
  await closeAccountsConn({ sqlitePath: process.env.APP_DB_PATH! });
  fs.rmSync(tmpDir, { recursive: true, force: true });
});
beforeEach(() => {
  viewer.current = null;
});

async function redirectOf(action: Promise<void>): Promise<string> {
  try {
    await action;
  } catch (error) {
    if (error instanceof Redirect) return error.url;
    throw error;
  }
  throw new Error("the action did not redirect");
}

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
};

// Real occupations from the content database (the actions refuse unknown codes).
const occupations = listOccupationSlugs();
const signInAs = async (email: string) => {
  const user = await findOrCreateUserByEmail(email);
  viewer.current = { id: user.id, email: user.email };
  return user;
};

describe("watch actions", () => {
  it("a free account gets 3 watches, then the limit notice on the profile", async () => {
    const user = await signInAs("free@example.test");
    for (const { soc, slug } of occupations.slice(0, 3)) {
      expect(await redirectOf(watchAction(form({ soc })))).toBe(`/occupations/${slug}?watch=added#watch`);
    }
    const fourth = occupations[3]!;
    expect(await redirectOf(watchAction(form({ soc: fourth.soc })))).toBe(`/occupations/${fourth.slug}?watch=limit#watch`);
    expect(await listWatches(user.id)).toHaveLength(3);
    // Stop watching from /account frees a place.
    expect(await redirectOf(unwatchAction(form({ soc: occupations[0]!.soc, from: "account" })))).toBe("/account?notice=unwatched#watchlist");
    expect(await redirectOf(watchAction(form({ soc: fourth.soc })))).toBe(`/occupations/${fourth.slug}?watch=added#watch`);
  });

  it("a Pro account gets 50", async () => {
    const user = await signInAs("pro@example.test");
    await upsertSubscriptionState(
      { id: "sub_watch_pro", stripeCustomerId: "cus_watch_pro", status: "active", priceId: "price_pro", cancelAtPeriodEnd: false, currentPeriodEnd: new Date(Date.now() + 20 * 86_400_000), endedAt: null },
      user.id,
      Date.now(),
    );
    const results = [];
    for (const { soc } of occupations.slice(0, 51)) results.push(await redirectOf(watchAction(form({ soc }))));
    expect(results.filter((url) => url.includes("?watch=added"))).toHaveLength(50);
    expect(results[50]).toMatch(/\?watch=limit#watch$/);
  });

  it("sends a signed-out visitor to sign in and back, and refuses unknown codes", async () => {
    const { soc, slug } = occupations[0]!;
    expect(await redirectOf(watchAction(form({ soc })))).toBe(`/sign-in?next=${encodeURIComponent(`/occupations/${slug}`)}`);
    await signInAs("free@example.test");
    expect(await redirectOf(watchAction(form({ soc: "99-9999" })))).toBe("/account?error=watch-unknown#watchlist");
    expect(await redirectOf(watchAction(form({ soc: "<script>" })))).toBe("/account?error=watch-unknown#watchlist");
  });
});

describe("unsubscribe action", () => {
  it("turns alerts off for the token's user only; a forged token changes nothing", async () => {
    const alice = await findOrCreateUserByEmail("alice@example.test");
    const bob = await findOrCreateUserByEmail("bob@example.test");
    const token = signUnsubscribeToken(alice.id);
    const forged = `${token.split(".")[0]}.${"A".repeat(43)}`;
    expect(await redirectOf(unsubscribeAction(form({ token: forged })))).toBe("/alerts/unsubscribe?error=invalid");
    expect(await alertsOffSince(alice.id)).toBeNull();
    expect(await redirectOf(unsubscribeAction(form({ token })))).toBe(`/alerts/unsubscribe?token=${encodeURIComponent(token)}`);
    expect(await alertsOffSince(alice.id)).not.toBeNull();
    expect(await alertsOffSince(bob.id)).toBeNull();
    // A valid signature for a user that does not exist is refused too.
    expect(await redirectOf(unsubscribeAction(form({ token: signUnsubscribeToken("no-such-user") })))).toBe("/alerts/unsubscribe?error=invalid");
  });
});
