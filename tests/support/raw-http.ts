import http from "node:http";

/** A response as sent: status, head and body bytes (fetch would decompress and hide Content-Encoding/Length). */
export type RawResponse = { status: number; headers: http.IncomingHttpHeaders; body: Buffer };

/** One request over plain node:http to `base + path`, for tests that compare responses byte for byte. */
export function rawRequest(base: string, path: string, headers: Record<string, string> = {}, method = "GET"): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    http
      .request(base + path, { method, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      })
      .on("error", reject)
      .end();
  });
}

/** Starts `server` on a free loopback port and returns its base URL ("http://127.0.0.1:PORT"). */
export async function listenOnLoopback(server: http.Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("the test server has no TCP address");
  return `http://127.0.0.1:${address.port}`;
}

/** Stops `server` and waits until it has closed. */
export function closeServer(server: http.Server): Promise<void> {
  return new Promise<void>((resolve) => server.close(() => resolve()));
}
