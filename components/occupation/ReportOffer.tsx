import Link from "next/link";

import { BuyReportButton } from "@/components/billing/BuyReportButton";

import type { ProfileAccess } from "./access";
import styles from "./profile.module.css";

export function ReportOffer({ soc, title, access }: { soc: string; title: string; access: ProfileAccess }) {
  if (access.pro || access.purchasedReport) {
    return (
      <div className={styles.offer}>
        <p>
          {access.purchasedReport ? "You bought this report." : "Included with your Pro membership."} The PDF has every section of this page, the
          Pro analyses and the sources.
        </p>
        <a className="button" href={`/api/reports/${soc}`} download>
          Download the PDF report
        </a>
      </div>
    );
  }
  return (
    <div className={styles.offer}>
      <p>
        A PDF of {title}: score and verdict, signal composition, seniority, the full task table and heatmap, career pivots, wage impact, AI
        tool recommendations and every source. One-time payment, yours forever; Pro members download it free.
      </p>
      <BuyReportButton soc={soc} />
      {access.signedIn ? null : (
        <p className="small muted">
          No account needed: pay with your email and we sign you in. Already bought it? <Link href={`/sign-in?next=/account`}>Sign in</Link>.
        </p>
      )}
    </div>
  );
}
