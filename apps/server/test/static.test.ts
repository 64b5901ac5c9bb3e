// The web client's files at / over real sockets: content types, cache headers for hashed assets,
// no way out of webRoot (dot segments, encoded or not, and symbolic links), and the page shown
// when no build is there.
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { connect } from "node:net";
import { join } from "node:path";
import { httpRequest } from "@parley/testkit";
import { describe, expect, it } from "vitest";
import { resolveStaticPath } from "../src/net/static-files.js";
import { startServer, tempDir } from "./helpers.js";

/** A built client: index.html and one hashed script, with a secret file beside the directory. */
function webRoot(): string {
  const parent = tempDir();
  const root = join(parent, "dist");
  mkdirSync(join(root, "assets"), { recursive: true });
  writeFileSync(join(root, "index.html"), "<!doctype html><title>Parley</title>");
  writeFileSync(join(root, "assets", "index-3fA9_bc12.js"), "console.log('parley')");
  writeFileSync(join(root, "favicon.svg"), "<svg/>");
  writeFileSync(join(parent, "secret.txt"), "not for the web");
  symlinkSync(join(parent, "secret.txt"), join(root, "leak.txt"));
  return root;
}

/** Sends a request line as written, without a client normalizing the path first. */
function rawGet(port: number, target: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1", () => {
      socket.write(`GET ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`);
    });
    let text = "";
    socket.on("data", (chunk) => {
      text += chunk.toString("utf8");
    });
    socket.on("end", () => resolve(text));
    socket.on("error", reject);
  });
}

describe("static files", () => {
  it("serves the build with content types and cache headers", async () => {
    const { httpPort } = await startServer({ webRoot: webRoot() });
    const index = await httpRequest(httpPort, "/");
    expect(index).toMatchObject({ status: 200, body: "<!doctype html><title>Parley</title>" });
    expect(index.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(index.headers["cache-control"]).toBe("no-cache");
    const script = await httpRequest(httpPort, "/assets/index-3fA9_bc12.js");
    expect(script.headers["content-type"]).toBe("text/javascript; charset=utf-8");
    expect(script.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect((await httpRequest(httpPort, "/favicon.svg")).headers["content-type"]).toBe("image/svg+xml");
    expect((await httpRequest(httpPort, "/index.html?x=1")).status).toBe(200);
    expect((await httpRequest(httpPort, "/missing.js")).status).toBe(404);
  });

  it("refuses every way out of webRoot", async () => {
    const { httpPort } = await startServer({ webRoot: webRoot() });
    for (const target of [
      "/../secret.txt",
      "/%2e%2e/secret.txt",
      "/..%2fsecret.txt",
      "/assets/..%2f..%2fsecret.txt",
      "/%2e%2e%5csecret.txt",
      "/leak.txt",
      "/%00",
      "/%zz",
    ]) {
      const answer = await rawGet(httpPort, target);
      expect(answer, target).not.toContain("not for the web");
      expect(answer, target).toMatch(/^HTTP\/1\.1 (400|404) /);
    }
  });

  it("keeps the path mapping inside the root (pure)", () => {
    expect(resolveStaticPath("/srv/web", "/")).toBe("/srv/web/index.html");
    expect(resolveStaticPath("/srv/web", "/a/b.js")).toBe("/srv/web/a/b.js");
    expect(resolveStaticPath("/srv/web", "/a/")).toBe("/srv/web/a/index.html");
    expect(resolveStaticPath("/srv/web", "/..%2f..%2fetc/passwd")).toBeUndefined();
    expect(resolveStaticPath("/srv/web", "/../web2/x")).toBeUndefined();
    expect(resolveStaticPath("/srv/web", "/%E0%A4%A")).toBeUndefined();
  });

  it("says how to build the client when webRoot holds no build", async () => {
    const { httpPort } = await startServer({ webRoot: tempDir() });
    const page = await httpRequest(httpPort, "/");
    expect(page.status).toBe(404);
    expect(page.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(page.body).toContain("pnpm --filter @parley/web-client build");
  });
});
