import type { Metadata, Viewport } from "next";

import { SiteFooter } from "@/components/site/SiteFooter";
import { SiteHeader } from "@/components/site/SiteHeader";
import { env } from "@/env";

import "./globals.css";
import "./site.css";

export const metadata: Metadata = {
  metadataBase: new URL(env.APP_URL),
  title: { default: "AI Pressure — how current AI affects every US occupation", template: "%s · AI Pressure" },
  description:
    "A 0–100 AI pressure score for about 800 US occupations, built task by task from public O*NET and BLS data, with the evidence behind every number.",
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  colorScheme: "light dark",
};

export default function RootLayout({ children }: Readonly<{ children: React.ReactNode }>) {
  return (
    <html lang="en">
      <body>
        <SiteHeader />
        <main id="main" className="container">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
