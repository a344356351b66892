import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Native and heavy server-only modules stay outside the bundle.
  serverExternalPackages: ["better-sqlite3", "@react-pdf/renderer"],
  poweredByHeader: false,
  reactStrictMode: true,
};

export default nextConfig;
