/**
 * Why a local-mode server must not start, or null. `next start` records the address it was
 * told to bind in __NEXT_PRIVATE_ORIGIN (start-server.js): `http://127.0.0.1:3000` for
 * `-H 127.0.0.1`, but `http://localhost:3000` both for no -H (every interface) and for
 * `-H localhost`, so only an explicit loopback IP proves a loopback-only bind.
 */
export function localModeBindProblem(origin: string | undefined): string | null {
  let hostname: string | null = null;
  try {
    hostname = origin ? new URL(origin).hostname : null;
  } catch {
    hostname = null;
  }
  if (hostname === "127.0.0.1" || hostname === "[::1]") return null;
  const bound = hostname === null ? "an unknown address" : hostname === "localhost" ? "every interface (no -H)" : hostname;
  return `LOCAL_MODE=1 serves sign-in links at /dev/outbox, so it binds to loopback only: start with \`next start -H 127.0.0.1\` (this server was bound to ${bound})`;
}

/**
 * Start-up checks for `next start` / `next dev` (called from instrumentation.ts, Node only):
 * the configuration must parse (env.ts, with lib/validations/env.ts, refuses the offline defaults outside local mode),
 * local mode must be bound to loopback, then the request hooks are installed (client-address
 * stamp, `Vary: Cookie`, 503 for pages failing on an accounts outage, security headers and early answers). A refusal
 * is one line on stderr and exit code 1, before any request is answered.
 */
export async function runStartupChecks(): Promise<void> {
  let config: typeof import("@/env");
  try {
    // Importing parses process.env; a bad configuration throws here, not on the first request.
    config = await import("@/env");
  } catch (error) {
    return refuse(error instanceof Error ? error.message : String(error));
  }
  const { env } = config;
  if (env.LOCAL_MODE) {
    const problem = localModeBindProblem(config.boundOrigin());
    if (problem) return refuse(problem);
  }
  const { installClientIpStamp } = await import("@/lib/server/client-ip");
  installClientIpStamp(env.TRUSTED_PROXY_HOPS);
  const { installVaryCookieForProfiles } = await import("@/lib/server/shared-cache");
  installVaryCookieForProfiles();
  const { installOutageStatus } = await import("@/lib/server/db-busy");
  installOutageStatus();
  const [
    { installEarlyRouting, hasSignedSessionCookie },
    { createStaticPages },
    { createMemberPages },
    { memberAccess },
    { sessionUser },
    { contentGeneration },
    { securityHeaders },
    { listOccupationSlugs },
    { listCategorySummaries },
    { socFromRouteSegment },
  ] = await Promise.all([
    import("@/lib/server/early-routing"),
    import("@/lib/server/static-pages"),
    import("@/lib/server/member-pages"),
    import("@/lib/server/member-access"),
    import("@/lib/server/auth/viewer"),
    import("@/db/content/client"),
    import("@/lib/security-headers"),
    import("@/db/queries/profile"),
    import("@/db/queries/categories"),
    import("@/lib/soc"),
  ]);
  const headerOptions = { appUrl: env.APP_URL, stripeApiUrl: env.STRIPE_API_URL, production: env.NODE_ENV === "production" };
  const canonicalSlug = lookupOnFirstUse(() => listOccupationSlugs().map(({ soc, slug }) => [soc, slug]));
  // Only a production server serves the build's files; `next dev` renders every page afresh.
  const production = env.NODE_ENV === "production";
  installEarlyRouting({
    // Computed when the server starts, from its own environment (not the build's).
    headers: securityHeaders(headerOptions),
    frameableHeaders: securityHeaders(headerOptions, "self"),
    authSecret: env.AUTH_SECRET,
    canonicalSlug,
    categorySlug: lookupOnFirstUse(() => listCategorySummaries().map(({ code, slug }) => [code, slug])),
    staticPages: production ? createStaticPages({ hasSignedSession: (cookie) => hasSignedSessionCookie(cookie, env.AUTH_SECRET) }) : undefined,
    memberPages: production
      ? createMemberPages({
          socOfSegment: (segment) => {
            const soc = socFromRouteSegment(segment);
            return soc !== null && canonicalSlug(soc) === segment ? soc : undefined;
          },
          // The same session lookup as getViewer, and the same tuple as the member page.
          accessFor: async (headers, soc, notice) => {
            const user = await sessionUser(headers);
            return user === null ? null : memberAccess(user.id, soc, notice);
          },
          contentGeneration: () => contentGeneration(),
        })
      : undefined,
  });
  if (production) warmReportWorkersInBackground(() => listOccupationSlugs()[0]?.soc);
}

/**
 * Starts the PDF workers and renders one report in each (lib/server/report warmReportWorkers),
 * in the background while the server starts (it does not wait for them), so the first buyer
 * does not pay for a new thread loading the report code. A failure only costs that buyer the wait.
 */
function warmReportWorkersInBackground(firstSoc: () => string | undefined): void {
  const started = performance.now();
  void (async () => {
    const soc = firstSoc();
    if (soc === undefined) return;
    const { warmReportWorkers } = await import("@/lib/server/report");
    await warmReportWorkers(soc);
    console.log(`[startup] PDF report workers warmed in ${Math.round(performance.now() - started)} ms (a rendering of ${soc} each)`);
  })().catch((error: unknown) => console.warn(`[startup] PDF report workers not warmed: ${error instanceof Error ? error.message : String(error)}`));
}

/**
 * A code → slug lookup read from the content database on first use (798 and 22 rows). Without
 * a readable database there is no canonical spelling to send anyone to: the request goes on to
 * Next, whose page reports the problem, and the next request tries again.
 */
function lookupOnFirstUse(read: () => [string, string][]): (code: string) => string | undefined {
  let map: Map<string, string> | null = null;
  return (code) => {
    try {
      map ??= new Map(read());
    } catch {
      return undefined;
    }
    return map.get(code);
  };
}

function refuse(reason: string): never {
  console.error(`[startup] refusing to start: ${reason}`);
  process.exit(1);
}
