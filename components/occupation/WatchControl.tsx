import Link from "next/link";

import type { WatchState } from "@/lib/server/watchlist";
import { WATCH_LIMITS } from "@/lib/watchlist";
import { unwatchAction, watchAction } from "@/lib/server/watchlist/actions";

import styles from "./profile.module.css";

/**
 * "Watch" on a profile. The public page is the same static HTML for everyone, so there it is
 * a link to sign in (and back); the member variant (proxy.ts) renders the form post for the
 * signed-in user, which works without JavaScript.
 */
export function WatchControl({ soc, path, watch }: { soc: string; path: string; watch: WatchState | null }) {
  if (watch === null) {
    return (
      <div className={styles.watch} id="watch">
        <Link href={`/sign-in?next=${encodeURIComponent(path)}`} className="button secondary" prefetch={false}>
          Watch
        </Link>
        <span className="small muted"> Sign in to get an email when this score changes in a new data release.</span>
      </div>
    );
  }
  return (
    <div className={styles.watch} id="watch">
      {watch.watching ? (
        <form action={unwatchAction} className={styles.watchForm}>
          <input type="hidden" name="soc" value={soc} />
          <span className={styles.tag} data-testid="watch-status">
            Watching
          </span>{" "}
          <button type="submit" className="button secondary">
            Stop watching
          </button>
        </form>
      ) : (
        <form action={watchAction} className={styles.watchForm}>
          <input type="hidden" name="soc" value={soc} />
          <button type="submit" className="button secondary">
            Watch
          </button>
        </form>
      )}
      <span className="small muted">
        {" "}
        {watch.count} of {watch.limit} watched · <Link href="/account#watchlist">your watchlist</Link>
      </span>
      <WatchNotice watch={watch} />
    </div>
  );
}

function WatchNotice({ watch }: { watch: WatchState }) {
  switch (watch.notice) {
    case "added":
    case "already":
      return (
        <p className={styles.watchNotice} role="status">
          You are watching this occupation: when a new data release changes its score or band, we email you what changed and why.
        </p>
      );
    case "removed":
      return (
        <p className={styles.watchNotice} role="status">
          You no longer watch this occupation.
        </p>
      );
    case "limit":
      return (
        <p className={`notice ${styles.watchNotice}`} role="alert" data-testid="watch-limit">
          {watch.pro
            ? `You already watch ${watch.count} occupations, the most an account can. Stop watching one on your account page to add this one.`
            : `You already watch ${watch.count} occupations, the most a free account can.`}{" "}
          {watch.pro ? null : (
            <>
              Pro watches up to {WATCH_LIMITS.pro}: <Link href="/pricing">upgrade to Pro</Link>, or stop watching one on <Link href="/account#watchlist">your account page</Link>.
            </>
          )}
        </p>
      );
    default:
      return null;
  }
}
