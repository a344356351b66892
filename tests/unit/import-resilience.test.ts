import { spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";

const projectRoot = path.resolve(import.meta.dirname, "../..");
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "import-kill-"));
const target = path.join(tmp, "content.db");
const sha256 = (file: string) => crypto.createHash("sha256").update(fs.readFileSync(file)).digest("hex");

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function startImport() {
  return spawn(process.execPath, [path.join(projectRoot, "node_modules/tsx/dist/cli.mjs"), "scripts/import/index.ts", "--out", target], {
    cwd: projectRoot,
    stdio: ["ignore", "pipe", "pipe"],
  });
}

describe("a killed import", () => {
  it("leaves the previous database in place, and the next run cleans up and replaces it", async () => {
    fs.writeFileSync(target, "the previous database");
    const before = sha256(target);

    const child = startImport();
    await new Promise<void>((resolve, reject) => {
      let output = "";
      child.stdout.on("data", (chunk: Buffer) => {
        output += chunk.toString();
        // Kill it in the middle: after the scoring step, while the new file is being written.
        if (/\[\d+\/\d+\] Writing /.test(output)) {
          child.kill("SIGKILL");
          resolve();
        }
      });
      child.on("exit", () => reject(new Error(`import ended before it could be killed:\n${output}`)));
    });
    await new Promise((resolve) => child.once("exit", resolve));

    expect(sha256(target)).toBe(before);
    const leftovers = fs.readdirSync(tmp).filter((name) => name.startsWith("content.db.building-"));
    expect(leftovers.length).toBeLessThanOrEqual(1);

    const rerun = startImport();
    const code = await new Promise<number | null>((resolve) => rerun.on("exit", resolve));
    expect(code).toBe(0);
    expect(fs.readdirSync(tmp).filter((name) => name.startsWith("content.db.building-"))).toEqual([]);
    const db = new Database(target, { readonly: true });
    expect(db.prepare("SELECT count(*) AS n FROM occupations").get()).toEqual({ n: 798 });
    db.close();
  });
});
