import Link from "next/link";

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <div className="container small muted">
        <p>
          Data: O*NET 27 and 30.1 Databases, U.S. Department of Labor, ETA (CC BY 4.0; O*NET® is a trademark of USDOL/ETA, which has not approved, endorsed or tested our modifications); task exposure labels from Eloundou,
          Manning, Mishkin &amp; Rock, “GPTs are GPTs” (2023, MIT); U.S. Bureau of Labor Statistics (Employment
          Projections, OEWS, Occupational Outlook Handbook; public domain); Karpathy/BLS Digital AI Exposure; Indeed
          Hiring Lab, Job Postings Index (CC BY 4.0). <Link href="/sources">All sources and licences</Link> ·{" "}
          <Link href="/methodology">How scores are built</Link> · <Link href="/releases">Releases</Link> · <Link href="/downloads">Downloads</Link>
        </p>
      </div>
    </footer>
  );
}
