import os from "node:os";

import type { NextConfig } from "next";

import { MAX_ACTION_BODY_BYTES } from "./lib/request-limits";

const nextConfig: NextConfig = {
  // Native and heavy server-only modules stay outside the bundle.
  serverExternalPackages: ["better-sqlite3", "pg", "@react-pdf/renderer", "pdfkit", "piscina", "pdf-lib", "@pdf-lib/fontkit"],
  poweredByHeader: false,
  // Next hashes the whole HTML of every response for an ETag (an fnv1a loop in JS: ~8% of the
  // CPU when serving 170 KB profiles under load). Static pages carry s-maxage instead.
  generateEtags: false,
  // Keep every prerendered profile (HTML + RSC, ~800 × 280 KB) in memory rather than re-reading disk.
  cacheMaxMemorySize: 512 * 1024 * 1024,
  reactStrictMode: true,
  experimental: {
    // Static generation (1,962 pages) uses cores − 1 workers by default: one on a 2-core
    // machine, with the main process idle. One worker per core.
    cpus: os.availableParallelism(),
    // Integrity hashes on Next's script files: a strict CSP without nonces, so pages stay static.
    sri: { algorithm: "sha256" },
    // Every server action body is a small form; refuse anything bigger (proxy.ts answers 413 first).
    serverActions: { bodySizeLimit: MAX_ACTION_BODY_BYTES },
  },
};

export default nextConfig;
