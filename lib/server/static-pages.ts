import fs from "node:fs";
import type http from "node:http";
import path from "node:path";
import { promisify } from "node:util";
import zlib from "node:zlib";

import { LruCache } from "@/lib/lru";
import {
  fullyStaticRoutes,
  negotiatedEncoding,
  prerenderedFiles,
  prerenderManifestSchema,
  prerenderMetaSchema,
  staticPageHeaders,
  staticRouteFor,
  type PrerenderMeta,
} from "@/lib/static-pages";

const gzip = promisify(zlib.gzip);

/**
 * The static fast path: a GET/HEAD of a page Next prerendered as fully static (profiles,
 * their task pages, category pages in every sort order), from an anonymous visitor or one
 * with a junk cookie, is answered at the HTTP server from memory with the bytes and head Next
 * would send, without Next's per-request routing in front of the file (`npm run bench`, 2 cores:
 * profiles 0.39× → 0.95–1.1× a minimal static server, category pages 0.19× → 1.2× and other sorts
 * 0.1× → 0.9×). Which requests qualify and the head are in lib/static-pages.ts.
 *
 * Filled on first use: the first request for a page goes to Next while its files are read
 * (and, for gzip, compressed once) in the background; a page whose files are missing or not
 * a plain 200 stays with Next. Nothing here renders: a member (signed session cookie) and
 * every other request go to Next as before, so Pro data can only come from Next's
 * per-request variant.
 */

/** Vary of an app page without interception routes (Next's AppPageRouteModule.getVaryHeader). */
export const APP_PAGE_VARY = "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch";
/** Next's compression middleware leaves bodies under 1 KB as they are. */
const COMPRESSION_THRESHOLD_BYTES = 1024;

interface StaticPage {
  status: number;
  meta: PrerenderMeta;
  html: Buffer;
  gzipped?: Buffer;
}

export interface StaticPagesOptions {
  /** Next's build directory; `.next` under the working directory, where `next start` runs. */
  distDir?: string;
  /** Whether a Cookie header carries a validly signed session. */
  hasSignedSession: (cookie: string) => boolean;
  /** Bound of the in-memory copies (HTML + gzip), in bytes. */
  maxBytes?: number;
}

export interface StaticPages {
  /** Answers the request and returns true, or returns false and leaves it to Next. */
  serve(request: http.IncomingMessage, response: http.ServerResponse): boolean;
}

export function createStaticPages(options: StaticPagesOptions): StaticPages {
  const distDir = options.distDir ?? path.join(process.cwd(), ".next");
  const appDir = path.join(distDir, "server", "app");
  let routes: ReadonlySet<string> | null = null;
  const pages = new LruCache<string, StaticPage>(options.maxBytes ?? 256 * 1024 * 1024, (page) => page.html.length + (page.gzipped?.length ?? 0));
  const pending = new Set<string>();
  const leftToNext = new Set<string>();

  function knownRoutes(): ReadonlySet<string> {
    if (routes !== null) return routes;
    try {
      routes = fullyStaticRoutes(prerenderManifestSchema.parse(JSON.parse(fs.readFileSync(path.join(distDir, "prerender-manifest.json"), "utf8"))));
    } catch (error) {
      console.warn(`[static-pages] no usable prerender manifest, every page goes to Next: ${error instanceof Error ? error.message : String(error)}`);
      routes = new Set();
    }
    return routes;
  }

  /** Runs `work` once per route at a time, in the background; a failure hands the route to Next for good. */
  function inBackground(route: string, work: () => Promise<void>): void {
    if (pending.has(route) || leftToNext.has(route)) return;
    pending.add(route);
    work()
      .catch((error: unknown) => {
        leftToNext.add(route);
        console.warn(`[static-pages] ${route} stays with Next: ${error instanceof Error ? error.message : String(error)}`);
      })
      .finally(() => pending.delete(route));
  }

  async function load(route: string): Promise<void> {
    const files = prerenderedFiles(route);
    const [html, metaText] = await Promise.all([fs.promises.readFile(path.join(appDir, files.html)), fs.promises.readFile(path.join(appDir, files.meta), "utf8")]);
    const meta = prerenderMetaSchema.parse(JSON.parse(metaText));
    const status = meta.status ?? 200;
    if (status !== 200 || meta.postponed !== undefined) throw new Error(`prerendered with status ${status}${meta.postponed === undefined ? "" : ", postponed"}`);
    pages.set(route, { status, meta, html });
  }

  async function compress(route: string, page: StaticPage): Promise<void> {
    // Node's zlib at its default level, as Next's compression middleware uses it.
    const gzipped = await gzip(page.html);
    pages.set(route, { ...page, gzipped });
  }

  return {
    serve(request, response) {
      const route = staticRouteFor(request, knownRoutes(), options.hasSignedSession);
      if (route === null) return false;
      let encoding = negotiatedEncoding(request.headers["accept-encoding"]);
      if (encoding === null) return false;
      const page = pages.get(route);
      if (page === undefined) {
        inBackground(route, () => load(route));
        return false;
      }
      // Next's compression leaves HEAD requests and small bodies alone.
      if (request.method === "HEAD" || page.html.length < COMPRESSION_THRESHOLD_BYTES) encoding = "identity";
      const body = encoding === "gzip" ? page.gzipped : page.html;
      if (body === undefined) {
        inBackground(route, () => compress(route, page));
        return false;
      }
      const headers = staticPageHeaders(page.meta, { vary: APP_PAGE_VARY, encoding, bodyBytes: body.length });
      for (const [key, value] of headers) response.appendHeader(key, value);
      response.writeHead(page.status);
      response.end(request.method === "HEAD" ? undefined : body);
      return true;
    },
  };
}
