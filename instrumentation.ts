/**
 * Runs once when the server starts, before it answers requests: refuses a bad configuration
 * (and local mode off loopback) instead of failing on first use, and installs the
 * client-address stamp. See lib/server/startup.ts.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { runStartupChecks } = await import("./lib/server/startup");
  await runStartupChecks();
}
