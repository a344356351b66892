import fs from "node:fs";
import type http from "node:http";
import path from "node:path";
import { promisify } from "node:util";
import zlib from "node:zlib";

import { isBot } from "next/dist/shared/lib/router/utils/is-bot";

import { LruCache } from "@/lib/lru";
import { cacheableMemberHead, memberCacheKey, memberPageRequest, watchParam, type MemberAccess } from "@/lib/member-pages";
import { negotiatedEncoding } from "@/lib/static-pages";
import { parseWatchNotice, type WatchNotice } from "@/lib/watchlist";

import { stampMemberAccess } from "./member-access";

const gzip = promisify(zlib.gzip);
const gunzip = promisify(zlib.gunzip);

/**
 * The member render cache: a signed-in member's profile (the per-request variant proxy.ts
 * rewrites to) rendered once per key and answered from memory at the request hook. The key is
 * the build, the content database generation, the exact URL and the access tuple the page
 * renders from (lib/member-pages.ts): nothing that identifies a person, so two members share a
 * copy only when every input of the render is equal. Anything that changes what a member may see
 * (subscribing, a lapsed or cancelled subscription, a purchase, watching or unwatching, the watch
 * notice) changes the tuple, hence the key: no invalidation.
 *
 * Per request: the session lookup and the account queries the page would make (memberAccess),
 * then the cached bytes, or Next renders the page from that very tuple (stamped into the request,
 * member-access.ts) and a 200 HTML response that sets no cookie is kept. A request whose cookie
 * names no live session, or whose lookup fails, goes to Next untouched, as before.
 */

/** Next's compression middleware leaves bodies under 1 KB as they are. */
const COMPRESSION_THRESHOLD_BYTES = 1024;

/**
 * A rendered page, kept gzipped only (a profile is ~380 KB of HTML and ~40 KB gzipped: ten times
 * more pages per byte of the bound; browsers ask for gzip, anything else is inflated per request).
 */
interface MemberPage {
  head: [string, string | string[]][];
  /** The gzipped HTML, or the HTML itself under Next's compression threshold. */
  body: Buffer;
  gzipped: boolean;
  htmlBytes: number;
}

export interface MemberPagesOptions {
  /** Next's build directory (its BUILD_ID is part of the key). */
  distDir?: string;
  /** The SOC code of a canonical profile segment, undefined for anything else. */
  socOfSegment: (segment: string) => string | undefined;
  /** The access tuple of the session these headers carry, or null when they carry no live session. */
  accessFor: (headers: Headers, soc: string, notice: WatchNotice | null) => Promise<MemberAccess | null>;
  /** The content database generation (db/content/client.ts). */
  contentGeneration: () => number;
  /** Bound of the rendered copies (gzipped), in bytes. */
  maxBytes?: number;
}

export interface MemberPages {
  /**
   * For a request early-routing.ts marked as carrying a signed session: false at once when the
   * cache cannot answer it, else a promise of true (answered) or false (Next renders it).
   */
  serve(request: http.IncomingMessage, response: http.ServerResponse): false | Promise<boolean>;
  /** How many pages and bytes are held (for tests and the bench). */
  readonly stats: { pages: number; bytes: number };
}

/** The request's headers as a fetch Headers, for the session lookup (a repeated header joined as Node's API gives it). */
function fetchHeaders(headers: http.IncomingHttpHeaders): Headers {
  const result = new Headers();
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    for (const one of Array.isArray(value) ? value : [value]) result.append(name, one);
  }
  return result;
}

function chunkBytes(chunk: unknown, encoding: unknown): Buffer | null {
  if (typeof chunk === "string") return Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8");
  if (chunk instanceof Uint8Array) return Buffer.from(chunk);
  return null;
}

export function createMemberPages(options: MemberPagesOptions): MemberPages {
  const distDir = options.distDir ?? path.join(process.cwd(), ".next");
  const maxBytes = options.maxBytes ?? 64 * 1024 * 1024;
  const pages = new LruCache<string, MemberPage>(maxBytes, (page) => page.body.length);
  let buildId: string | null | undefined;

  function currentBuildId(): string | null {
    if (buildId !== undefined) return buildId;
    try {
      buildId = fs.readFileSync(path.join(distDir, "BUILD_ID"), "utf8").trim() || null;
    } catch {
      buildId = null;
    }
    if (buildId === null) console.warn("[member-pages] no BUILD_ID, member profiles are rendered per request");
    return buildId;
  }

  async function send(request: http.IncomingMessage, response: http.ServerResponse, page: MemberPage, accepted: "identity" | "gzip"): Promise<void> {
    // Next's compression leaves HEAD requests and small bodies alone.
    const head = request.method === "HEAD";
    const gzipped = page.gzipped && accepted === "gzip" && !head;
    const body = head ? null : gzipped || !page.gzipped ? page.body : await gunzip(page.body);
    for (const [name, value] of page.head) response.setHeader(name, value);
    if (gzipped) response.setHeader("Content-Encoding", "gzip");
    response.setHeader("Content-Length", String(body?.length ?? page.htmlBytes));
    response.writeHead(200);
    response.end(body ?? undefined);
  }

  /** Keeps what Next sends for this response under `key`, once it has been sent in full and is cacheable. */
  function capture(response: http.ServerResponse, key: string): void {
    const chunks: Buffer[] = [];
    let bytes = 0;
    let overflow = false;
    const collect = (chunk: unknown, encoding: unknown) => {
      const piece = overflow ? null : chunkBytes(chunk, encoding);
      if (piece === null) return;
      bytes += piece.length;
      if (bytes > maxBytes) {
        overflow = true;
        chunks.length = 0;
        return;
      }
      chunks.push(piece);
    };
    // Installed before Next's compression wraps these, so a gzipped response is seen gzipped.
    const write = response.write;
    const end = response.end;
    response.write = function (this: http.ServerResponse, chunk: unknown, ...rest: unknown[]) {
      collect(chunk, rest[0]);
      return write.apply(this, [chunk, ...rest] as Parameters<typeof write>);
    } as typeof write;
    response.end = function (this: http.ServerResponse, ...args: unknown[]) {
      if (typeof args[0] !== "function" && args[0] !== undefined && args[0] !== null) collect(args[0], args[1]);
      return end.apply(this, args as Parameters<typeof end>);
    } as typeof end;
    // "finish": the whole response was handed to the socket (an aborted one only closes).
    response.once("finish", () => {
      const head = overflow ? null : cacheableMemberHead(response.statusCode, response.getHeaders());
      if (head === null) return;
      const body = Buffer.concat(chunks);
      const gzipped = response.getHeader("content-encoding") === "gzip";
      store(key, head, body, gzipped).catch((error: unknown) => {
        console.warn(`[member-pages] a rendered page was not kept: ${error instanceof Error ? error.message : String(error)}`);
      });
    });
  }

  async function store(key: string, head: MemberPage["head"], body: Buffer, gzipped: boolean): Promise<void> {
    const html = gzipped ? await gunzip(body) : body;
    if (html.length < COMPRESSION_THRESHOLD_BYTES) pages.set(key, { head, body: html, gzipped: false, htmlBytes: html.length });
    else pages.set(key, { head, body: gzipped ? body : await gzip(html), gzipped: true, htmlBytes: html.length });
  }

  return {
    serve(request, response) {
      // A stamp is only ever this hook's own, for this request.
      stampMemberAccess(request.headers, null);
      const target = memberPageRequest(request);
      // Next renders a different document for crawlers (metadata in the head, not streamed): left to it.
      if (target === null || isBot(request.headers["user-agent"] ?? "")) return false;
      const soc = options.socOfSegment(target.segment);
      const accepted = negotiatedEncoding(request.headers["accept-encoding"]);
      const build = currentBuildId();
      if (soc === undefined || accepted === null || build === null) return false;
      return (async () => {
        const access = await options.accessFor(fetchHeaders(request.headers), soc, parseWatchNotice(watchParam(target.url)));
        // No live session (expired, signed out elsewhere): Next renders it exactly as before.
        if (access === null) return false;
        const key = memberCacheKey({ buildId: build, contentGeneration: options.contentGeneration(), url: target.url, access });
        const page = pages.get(key);
        if (page !== undefined) {
          await send(request, response, page, accepted);
          return true;
        }
        stampMemberAccess(request.headers, access);
        if (request.method === "GET") capture(response, key);
        return false;
      })();
    },
    get stats() {
      return { pages: pages.size, bytes: pages.weight };
    },
  };
}
