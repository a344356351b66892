import Link from "next/link";

const navigation = [
  { href: "/categories", label: "Categories" },
  { href: "/explore", label: "Explore" },
  { href: "/compare", label: "Compare" },
  { href: "/methodology", label: "Methodology" },
  { href: "/pricing", label: "Pricing" },
  { href: "/account", label: "Account" },
] as const;

export function SiteHeader() {
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <div className="container site-header-inner">
        <Link href="/" className="site-logo">
          AI Pressure
        </Link>
        <nav aria-label="Main">
          <ul className="site-nav">
            {navigation.map((item) => (
              <li key={item.href}>
                <Link href={item.href}>{item.label}</Link>
              </li>
            ))}
          </ul>
        </nav>
        <form action="/search" method="get" role="search" className="site-search">
          <label htmlFor="site-search-q" className="visually-hidden">
            Search occupations
          </label>
          <input id="site-search-q" name="q" type="search" placeholder="Job title or SOC code" maxLength={100} />
          <button type="submit" className="button">
            Search
          </button>
        </form>
      </div>
    </header>
  );
}
