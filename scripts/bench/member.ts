/**
 * Signs a bench member in the way the site does (the /sign-in service, then the emailed link
 * over HTTP) and prints the Cookie header. A child process of the bench, so each server it
 * measures (one instance on SQLite, the cluster on PostgreSQL) gets its own environment:
 * APP_URL, LOCAL_MODE=1 and APP_DB_PATH or DATABASE_URL come from the parent.
 */
import { allowServerOnlyModules } from "../server-context";

async function main() {
  allowServerOnlyModules();
  const { requestSignInLink } = await import("@/lib/server/auth/sign-in");
  const { listRecentOutboxMail } = await import("@/db/accounts/queries");
  const email = `bench-member-${process.pid}@example.test`;
  const info = console.info;
  console.info = () => {};
  try {
    if ((await requestSignInLink({ email, next: "/account", ip: "127.0.0.1" })) !== "sent") throw new Error("the sign-in link was not sent");
  } finally {
    console.info = info;
  }
  const link = (await listRecentOutboxMail(10)).find((mail) => mail.to === email)?.link;
  if (!link) throw new Error("no sign-in link in the outbox");
  const response = await fetch(link, { redirect: "manual" });
  const cookie = /aip\.session_token=[^;]+/.exec(response.headers.get("set-cookie") ?? "")?.[0];
  if (!cookie) throw new Error(`following the sign-in link set no session cookie (HTTP ${response.status})`);
  process.stdout.write(`${JSON.stringify({ cookie })}\n`);
  process.exit(0);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench member sign-in failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
