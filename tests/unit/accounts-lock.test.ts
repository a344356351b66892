import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";

import { afterAll, describe, expect, it } from "vitest";

import { closeAccountsConn, openAccountsConn, sqliteHandle, tablesOf, withTransaction } from "@/db/accounts/client";
import { findOrCreateUserByEmail, getUserByEmail, insertOutboxMail, listRecentOutboxMail } from "@/db/accounts/queries";

// SQLite runs async transaction bodies on the one connection; the lock keeps other writes out of them.
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "accounts-lock-"));
afterAll(async () => {
  for (const name of ["concurrent", "sync", "nested"]) await closeAccountsConn({ sqlitePath: path.join(tmp, `${name}.db`) });
  fs.rmSync(tmp, { recursive: true, force: true });
});

const mail = (to: string) => ({ to, subject: "s", text: "t", link: null });

describe("SQLite transactions with awaits inside", () => {
  it("keeps concurrent writes out of an open transaction: the rolled-back one leaves nothing, nothing else is lost", async () => {
    const db = openAccountsConn({ sqlitePath: path.join(tmp, "concurrent.db") });
    let aOpen!: () => void;
    const aStarted = new Promise<void>((resolve) => (aOpen = resolve));

    const rolledBack = withTransaction(db, async (tx) => {
      await findOrCreateUserByEmail("a1@example.test", tx);
      aOpen();
      await sleep(30); // other requests run now
      await insertOutboxMail(mail("a2@example.test"), tx);
      await sleep(30);
      throw new Error("abort A");
    });
    await aStarted;
    // Issued while A is open: each must wait for A to end, not land inside it (nor read its uncommitted rows).
    const outside = Promise.all([
      findOrCreateUserByEmail("root1@example.test", db),
      insertOutboxMail(mail("root2@example.test"), db),
    ]);
    const readDuringA = getUserByEmail("a1@example.test", db);
    const committed = withTransaction(db, async (tx) => {
      await findOrCreateUserByEmail("b1@example.test", tx);
      await sleep(10);
      await insertOutboxMail(mail("b2@example.test"), tx);
      return "b";
    });

    await expect(rolledBack).rejects.toThrow("abort A");
    await outside;
    expect(await readDuringA).toBeNull();
    expect(await committed).toBe("b");

    expect(await getUserByEmail("a1@example.test", db)).toBeNull();
    expect(await getUserByEmail("root1@example.test", db)).not.toBeNull();
    expect(await getUserByEmail("b1@example.test", db)).not.toBeNull();
    expect((await listRecentOutboxMail(10, db)).map((row) => row.to).sort()).toEqual(["b2@example.test", "root2@example.test"]);
  });

  it("refuses a synchronous write from outside while a transaction is open", async () => {
    const db = openAccountsConn({ sqlitePath: path.join(tmp, "sync.db") });
    const { outbox } = tablesOf(db);
    let open!: () => void;
    const started = new Promise<void>((resolve) => (open = resolve));
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const transaction = withTransaction(db, async () => {
      open();
      await held;
    });
    await started;
    expect(() => sqliteHandle(db).insert(outbox).values(mail("sync@example.test")).run()).toThrow(/transaction is open/);
    release();
    await transaction;
    expect(await listRecentOutboxMail(10, db)).toEqual([]);
  });

  it("rolls a nested transaction back to its savepoint and keeps the outer one", async () => {
    const db = openAccountsConn({ sqlitePath: path.join(tmp, "nested.db") });
    await withTransaction(db, async (tx) => {
      await insertOutboxMail(mail("outer@example.test"), tx);
      await expect(
        withTransaction(tx, async (inner) => {
          await insertOutboxMail(mail("inner@example.test"), inner);
          throw new Error("inner fails");
        }),
      ).rejects.toThrow("inner fails");
    });
    expect((await listRecentOutboxMail(10, db)).map((row) => row.to)).toEqual(["outer@example.test"]);
  });
});
