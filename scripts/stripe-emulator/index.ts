import path from "node:path";
import { pathToFileURL } from "node:url";
import { startEmulator } from "./server";

/**
 * Local Stripe emulator: `npm run emulator`. Serves the Stripe API subset the app uses,
 * hosted checkout and portal pages, signed webhooks and test controls. See server.ts for
 * options and README-style notes in the module headers.
 */
export { startEmulator, type RunningEmulator, type StartEmulatorOptions } from "./server";
export { signatureHeader } from "./webhooks";

async function main(): Promise<void> {
  const emulator = await startEmulator();
  let stopping = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    console.log(`[stripe-emulator] ${signal} received, shutting down`);
    emulator.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.once("SIGINT", shutdown);
  process.once("SIGTERM", shutdown);
}

const entry = process.argv[1];
if (entry && import.meta.url === pathToFileURL(path.resolve(entry)).href) {
  main().catch((error: unknown) => {
    console.error(`[stripe-emulator] failed to start: ${(error as Error).message}`);
    process.exit(1);
  });
}
