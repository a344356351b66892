import { spawn } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";

import { expect, test } from "@playwright/test";

import { APP_PORT, EMULATOR_PORT, EMULATOR_URL } from "./support/env";

/** A raw request with a Host header of our choosing (fetch would not let us set it). */
function rawGet(port: number, pathname: string, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: "127.0.0.1", port, path: pathname, headers: { host } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on("error", reject);
    req.end();
  });
}

/**
 * Starts the same build with another environment and collects its output until it exits or
 * answers `/sign-in`; the caller stops it.
 */
async function startApp(port: number, extraEnv: Record<string, string>, args: string[] = ["-H", "127.0.0.1"]) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "aip-e2e-"));
  const env: NodeJS.ProcessEnv = { ...process.env, APP_DB_PATH: path.join(dataDir, "app.db"), ...extraEnv };
  for (const key of ["LOCAL_MODE", "STRIPE_SECRET_KEY", "STRIPE_WEBHOOK_SECRET", "AUTH_SECRET", "APP_URL", "SMTP_URL", "STRIPE_API_URL"]) {
    if (!(key in extraEnv)) delete env[key];
  }
  const child = spawn("npx", ["next", "start", ...args, "-p", String(port)], { env, stdio: ["ignore", "pipe", "pipe"], detached: true });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const stop = () => {
    try {
      if (child.pid !== undefined) process.kill(-child.pid, "SIGTERM");
    } catch {
      // already gone
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 60_000;
  let exitCode: number | null | undefined;
  void exited.then((code) => (exitCode = code));
  while (exitCode === undefined && Date.now() < deadline) {
    const up = await fetch(`http://127.0.0.1:${port}/sign-in`).then((r) => r.ok, () => false);
    if (up) break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return { output: () => output, exitCode: () => exitCode, stop };
}

const REAL_ENV = {
  NODE_ENV: "production",
  APP_URL: "https://aipressure.example",
  STRIPE_SECRET_KEY: "sk_test_not_the_emulator_0123456789",
  STRIPE_WEBHOOK_SECRET: "whsec_not_the_emulator",
  AUTH_SECRET: "an-e2e-secret-that-is-long-enough-0123456789",
  SMTP_URL: "smtp://127.0.0.1:9",
};

test.describe("local mode", () => {
  test("the outbox answers only loopback requests for localhost (DNS-rebinding guard)", async ({ request }) => {
    expect(await rawGet(APP_PORT, "/dev/outbox", `localhost:${APP_PORT}`)).toBe(200);
    expect(await rawGet(APP_PORT, "/dev/outbox", `127.0.0.1:${APP_PORT}`)).toBe(200);
    expect(await rawGet(APP_PORT, "/dev/outbox", `rebound.evil.example:${APP_PORT}`)).toBe(404);
    // A client-supplied X-Forwarded-For does not make a request look local or foreign.
    const spoofed = await request.get("/dev/outbox", { headers: { "x-forwarded-for": "203.0.113.7" } });
    expect(spoofed.status()).toBe(200);
  });

  test("the emulator's controls answer only Host localhost/127.0.0.1", async ({ request }) => {
    expect(await rawGet(EMULATOR_PORT, "/_emulator/health", `127.0.0.1:${EMULATOR_PORT}`)).toBe(200);
    expect(await rawGet(EMULATOR_PORT, "/_emulator/health", `localhost:${EMULATOR_PORT}`)).toBe(200);
    expect(await rawGet(EMULATOR_PORT, "/_emulator/state", `rebound.evil.example:${EMULATOR_PORT}`)).toBe(403);
    expect((await request.get(`${EMULATOR_URL}/_emulator/health`)).ok()).toBe(true);
  });

  test("security headers come from the running server's environment, not the build's", async ({ request }) => {
    // The build never saw this run's emulator port; the served policy names it exactly.
    const csp = (await request.get("/")).headers()["content-security-policy"] ?? "";
    expect(csp).toContain(`form-action 'self' https://checkout.stripe.com https://billing.stripe.com http://127.0.0.1:${EMULATOR_PORT} http://localhost:${EMULATOR_PORT};`);
    expect((await request.get("/")).headers()["strict-transport-security"]).toBeUndefined();

    // The same build served as a real https site: HSTS on, no emulator in form-action.
    const app = await startApp(APP_PORT + 1, REAL_ENV);
    try {
      const response = await fetch(`http://127.0.0.1:${APP_PORT + 1}/sign-in`);
      expect(response.status, app.output()).toBe(200);
      expect(response.headers.get("strict-transport-security")).toMatch(/^max-age=\d+/);
      const realCsp = response.headers.get("content-security-policy") ?? "";
      expect(realCsp).toContain("form-action 'self' https://checkout.stripe.com https://billing.stripe.com;");
      expect(realCsp).toContain("upgrade-insecure-requests");
      // Outside local mode the outbox does not exist.
      expect((await fetch(`http://127.0.0.1:${APP_PORT + 1}/dev/outbox`)).status).toBe(404);
    } finally {
      app.stop();
    }
  });

  test("refuses to start in local mode on every interface, or with the offline secrets outside it", async () => {
    test.setTimeout(120_000);
    const everywhere = await startApp(APP_PORT + 2, { LOCAL_MODE: "1" }, []);
    everywhere.stop();
    expect(everywhere.exitCode()).toBe(1);
    expect(everywhere.output()).toMatch(/refusing to start: LOCAL_MODE=1 .*-H 127\.0\.0\.1/);

    const published = await startApp(APP_PORT + 2, {});
    published.stop();
    expect(published.exitCode()).toBe(1);
    expect(published.output()).toMatch(/refusing to start: Invalid environment configuration:[\s\S]*AUTH_SECRET: set a secret of your own/);

    const plainHttp = await startApp(APP_PORT + 2, { ...REAL_ENV, APP_URL: "http://aipressure.example", SMTP_URL: "" });
    plainHttp.stop();
    expect(plainHttp.exitCode()).toBe(1);
    expect(plainHttp.output()).toMatch(/APP_URL: must be the public https:\/\/ address[\s\S]*SMTP_URL: set a mail transport/);
  });
});
