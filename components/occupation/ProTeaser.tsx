import Link from "next/link";

import { UpgradeButton } from "@/components/billing/UpgradeButton";

import styles from "./profile.module.css";

/**
 * What a free visitor sees in place of a Pro analysis: what it contains and a sample
 * rendering made of placeholder shapes — no data of this occupation is in the HTML.
 */
export function ProTeaser({ title, description, signedIn }: { title: string; description: string; signedIn: boolean }) {
  return (
    <div className={styles.teaser}>
      <div className={styles.teaserSample} aria-hidden="true">
        {Array.from({ length: 6 }, (_, row) => (
          <div key={row} className={styles.teaserRow}>
            {Array.from({ length: 7 }, (_, column) => (
              <span key={column} style={{ opacity: 0.25 + ((row * 7 + column) % 5) * 0.12 }} />
            ))}
          </div>
        ))}
      </div>
      <div className={styles.teaserText}>
        <p>
          <strong>{title}</strong> is part of Pro. {description}
        </p>
        <UpgradeButton />
        {signedIn ? null : (
          <p className="small muted">
            Already Pro? <Link href="/sign-in">Sign in</Link>.
          </p>
        )}
      </div>
    </div>
  );
}
