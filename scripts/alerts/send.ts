/**
 * `npm run alerts:send`: score-change alerts for the current release of the content database
 * (CONTENT_DB_PATH, default .data/content.db) against the release before it, to the users in
 * the accounts database (APP_DB_PATH) whose watched occupations changed score or band. One
 * mail per user and release, through the sign-in links' mail path (SMTP_URL, or the outbox in
 * local mode); safe to re-run: mails already sent for the release are not sent again.
 * Run it once after deploying a new release (`npm run db:build` with new sources).
 */
import { allowServerOnlyModules } from "../server-context";

async function main(): Promise<number> {
  allowServerOnlyModules();
  const { env } = await import("@/env");
  const { mailingToolProblems } = await import("@/lib/validations/env");
  const problems = mailingToolProblems(env);
  if (problems.length > 0) {
    console.error(`alerts:send refuses to run:\n${problems.map((problem) => `  ${problem}`).join("\n")}`);
    return 2;
  }
  const { contentDb } = await import("@/db/content/client");
  const { getReleaseRows, listReleases } = await import("@/db/queries/releases");
  const { sendMail } = await import("@/lib/server/auth/mail");
  const { sendReleaseAlerts, summaryLine } = await import("@/lib/server/alerts/send");

  const content = contentDb(env.CONTENT_DB_PATH);
  const releases = listReleases(content);
  const currentIndex = releases.findIndex((release) => release.current);
  const current = releases[currentIndex];
  const previous = releases[currentIndex - 1];
  if (current === undefined) {
    console.error(`alerts:send: ${env.CONTENT_DB_PATH} has no current release; build it with npm run db:build`);
    return 2;
  }
  if (previous === undefined) {
    console.log(`alerts for release ${current.id}: no earlier release in ${env.CONTENT_DB_PATH}, nothing to compare; 0 mails sent`);
    return 0;
  }
  console.log(`[alerts] release ${current.id} against ${previous.id} (${env.CONTENT_DB_PATH}); accounts ${env.APP_DB_PATH}`);
  const summary = await sendReleaseAlerts(
    { id: previous.id, rows: getReleaseRows(previous.id, content) },
    { id: current.id, rows: getReleaseRows(current.id, content) },
    { send: sendMail, appUrl: env.APP_URL, secret: env.AUTH_SECRET, log: (line) => console.log(line) },
  );
  console.log(summaryLine(summary));
  return summary.failed > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`alerts:send failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
