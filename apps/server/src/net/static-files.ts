// The web client's prebuilt files at `/`, from the webRoot directory: content types by extension,
// long caching for hashed assets, nothing outside the directory (no `..`, no symbolic link out), and
// a page saying how to build the client when there is nothing to serve.
import { createReadStream } from "node:fs";
import { realpath, stat } from "node:fs/promises";
import { extname, join, resolve, sep } from "node:path";
import { type RouteHandler, sendText } from "./http-listener.js";

/** Content types by extension; anything else is served as bytes. */
export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".webmanifest": "application/manifest+json",
  ".map": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".webp": "image/webp",
  ".ico": "image/x-icon",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
  ".wasm": "application/wasm",
};

/** A bundler's content-hashed file name (`index-3fA9_bc1.js`): its content never changes under that name. */
const HASHED = /[.-][A-Za-z0-9_-]{8,}\.[a-z0-9]+$/;

/** Cache-Control for a file: hashed assets for a year, everything else revalidated each time. */
export function cacheControl(path: string): string {
  return HASHED.test(path) && path.startsWith("/assets/")
    ? "public, max-age=31536000, immutable"
    : "no-cache";
}

/**
 * The file below `root` a request path names, or undefined when the path is malformed or leaves the
 * directory. `/` and paths ending in `/` name that directory's index.html. Pure (no file access).
 */
export function resolveStaticPath(root: string, requestPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(requestPath);
  } catch {
    return undefined;
  }
  if (decoded.includes("\0") || decoded.includes("\\")) return undefined;
  const relative = decoded.endsWith("/") ? `${decoded}index.html` : decoded;
  const base = resolve(root);
  const file = resolve(base, `.${relative}`);
  return file.startsWith(base + sep) ? file : undefined;
}

/** The answer when webRoot holds no build. */
function notBuiltPage(root: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Parley: web client not built</title></head>
<body><h1>The web client is not built</h1>
<p>This server serves the web client from <code>${escapeHtml(root)}</code>, which has no <code>index.html</code>.
Build it with <code>pnpm --filter @parley/web-client build</code> (or <code>pnpm build</code>), or point
the <code>webRoot</code> setting at a directory that holds a build. The chat itself is at <code>/ws</code>.</p>
</body></html>
`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Serves GET and HEAD under `/` from `root`. */
export function staticFiles(root: string): RouteHandler {
  return async (request, response) => {
    const path = new URL(request.url ?? "/", "http://localhost").pathname;
    const file = resolveStaticPath(root, path);
    const notFound = async () => {
      const built = await stat(join(root, "index.html")).then(
        (s) => s.isFile(),
        () => false,
      );
      if (built) return sendText(response, 404, "not found\n");
      const page = notBuiltPage(root);
      response.writeHead(404, {
        "Content-Type": CONTENT_TYPES[".html"],
        "Content-Length": Buffer.byteLength(page),
        "Cache-Control": "no-cache",
      });
      response.end(request.method === "HEAD" ? undefined : page);
    };
    if (!file) return notFound();
    // A symbolic link may point anywhere: serve only what really lies inside the directory.
    const [real, realRoot] = await Promise.all([
      realpath(file).catch(() => undefined),
      realpath(root).catch(() => undefined),
    ]);
    if (!real || !realRoot || !real.startsWith(realRoot + sep)) return notFound();
    const info = await stat(real).catch(() => undefined);
    if (!info?.isFile()) return notFound();
    response.writeHead(200, {
      "Content-Type": CONTENT_TYPES[extname(real).toLowerCase()] ?? "application/octet-stream",
      "Content-Length": info.size,
      "Cache-Control": cacheControl(path),
      "X-Content-Type-Options": "nosniff",
    });
    if (request.method === "HEAD") {
      response.end();
      return;
    }
    const stream = createReadStream(real);
    stream.on("error", () => response.destroy());
    stream.pipe(response);
  };
}
