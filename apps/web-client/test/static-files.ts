// Serves the built page over HTTP on 127.0.0.1 for the browser tests, until parley-server's own
// listener serves its webRoot at `/`. The page talks to the server's real `/ws` (given as `?ws=`).
import { readFile } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";
import { onCleanup } from "@parley/testkit";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
};

/** Starts the file server; resolves with its origin, http://127.0.0.1:port. Closed after the test. */
export async function serveFiles(root: string): Promise<string> {
  const http = createServer(async (request, response) => {
    const path = normalize(new URL(request.url ?? "/", "http://x").pathname.replace(/\/$/, "/index.html"));
    try {
      const body = await readFile(join(root, path.replace(/^(\.\.[/\\])+/, "")));
      response.writeHead(200, { "content-type": TYPES[extname(path)] ?? "application/octet-stream" });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  http.listen(0, "127.0.0.1");
  await new Promise((resolve) => http.once("listening", resolve));
  onCleanup(() => new Promise((resolve) => http.close(resolve)));
  return `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
}
