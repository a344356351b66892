import { accountsConn, type AccountsConn } from "@/db/accounts/client";
import { claimAlertSend, listWatchers, releaseAlertSend } from "@/db/accounts/queries";
import type { ReleaseOccupationRow } from "@/lib/releases";
import type { Mail } from "@/lib/server/auth/mail";
import { alertMailText, watchedChanges } from "@/lib/watchlist";

import { unsubscribeUrl } from "./unsubscribe-token";

/**
 * Score-change alerts for one release (`npm run alerts:send`): every user whose watched
 * occupations changed score or band against the previous release gets one mail naming each
 * change and its reasons. Each mail is claimed in the accounts database (user + release)
 * before it is sent and the claim given back if sending fails, so a re-run sends only what is
 * still owed and two runs at once cannot both send. Users who turned alerts off get nothing.
 */

export interface ReleaseRows {
  id: string;
  rows: readonly ReleaseOccupationRow[];
}

export interface AlertRunOptions {
  /** Sends one mail (lib/server/auth/mail.ts sendMail: SMTP, or the outbox locally). */
  send: (mail: Mail) => Promise<void>;
  appUrl: string;
  secret: string;
  db?: AccountsConn;
  log?: (line: string) => void;
}

export interface AlertRunSummary {
  release: string;
  previousRelease: string;
  /** Users with at least one watched occupation. */
  watchers: number;
  alertsOff: number;
  /** Users (alerts on) with at least one watched occupation that changed. */
  withChanges: number;
  sent: number;
  alreadySent: number;
  failed: number;
}

export async function sendReleaseAlerts(previous: ReleaseRows, current: ReleaseRows, options: AlertRunOptions): Promise<AlertRunSummary> {
  const db = options.db ?? accountsConn();
  const log = options.log ?? (() => {});
  const watchers = await listWatchers(db);
  const summary: AlertRunSummary = { release: current.id, previousRelease: previous.id, watchers: watchers.length, alertsOff: 0, withChanges: 0, sent: 0, alreadySent: 0, failed: 0 };
  let index = 0;
  for (const watcher of watchers) {
    index += 1;
    const prefix = `[alerts] ${index}/${watchers.length} user ${watcher.userId}:`;
    if (watcher.alertsOff) {
      summary.alertsOff += 1;
      log(`${prefix} alerts off, skipped`);
      continue;
    }
    const changes = watchedChanges(previous.rows, current.rows, watcher.socs);
    if (changes.length === 0) {
      log(`${prefix} ${watcher.socs.length} watched, none changed`);
      continue;
    }
    summary.withChanges += 1;
    if (!(await claimAlertSend(watcher.userId, current.id, changes.length, db))) {
      summary.alreadySent += 1;
      log(`${prefix} ${changes.length} changed, mail for ${current.id} already sent`);
      continue;
    }
    const unsubscribe = unsubscribeUrl(watcher.userId, options.appUrl, options.secret);
    const { subject, text } = alertMailText({
      fromRelease: previous.id,
      toRelease: current.id,
      changes: changes.map((change) => ({ ...change, url: new URL(`/occupations/${change.soc}`, options.appUrl).toString() })),
      unsubscribeUrl: unsubscribe,
      accountUrl: new URL("/account#watchlist", options.appUrl).toString(),
    });
    try {
      await options.send({ to: watcher.email, subject, text, link: unsubscribe });
      summary.sent += 1;
      log(`${prefix} ${changes.length} changed (${changes.map((change) => change.soc).join(", ")}), mail sent`);
    } catch (error) {
      await releaseAlertSend(watcher.userId, current.id, db);
      summary.failed += 1;
      log(`${prefix} sending failed, will retry on the next run: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return summary;
}

export function summaryLine(summary: AlertRunSummary): string {
  return (
    `alerts for release ${summary.release} (vs ${summary.previousRelease}): ${summary.watchers} users watching, ` +
    `${summary.alertsOff} with alerts off, ${summary.withChanges} with changes, ${summary.sent} mails sent, ` +
    `${summary.alreadySent} already sent, ${summary.failed} failed`
  );
}
