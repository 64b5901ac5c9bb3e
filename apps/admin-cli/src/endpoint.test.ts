// Connection and token discovery: flag over environment over the server's defaults, and token files on disk.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ExitCode, UnauthorizedError, UsageError } from "@parley/cli-shell";
import { afterAll, describe, expect, it } from "vitest";
import {
  DEFAULT_ADMIN_PORT,
  defaultDataDir,
  describeEndpoint,
  loadToken,
  resolveEndpoint,
  resolveTokenSource,
} from "./endpoint.js";

const dir = mkdtempSync(join(tmpdir(), "parley-admin-endpoint-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("defaultDataDir", () => {
  it("prefers PARLEY_DATA_DIR, then XDG_DATA_HOME, then ~/.local/share", () => {
    expect(defaultDataDir({ PARLEY_DATA_DIR: "/srv/parley", XDG_DATA_HOME: "/x" }, "/home/op")).toBe(
      "/srv/parley",
    );
    expect(defaultDataDir({ XDG_DATA_HOME: "/x" }, "/home/op")).toBe("/x/parley");
    expect(defaultDataDir({}, "/home/op")).toBe("/home/op/.local/share/parley");
  });
});

describe("resolveEndpoint", () => {
  it("defaults to 127.0.0.1 on the admin port", () => {
    expect(resolveEndpoint({}, {})).toEqual({ kind: "tcp", host: "127.0.0.1", port: DEFAULT_ADMIN_PORT });
    expect(DEFAULT_ADMIN_PORT).toBe(7668);
  });

  it("reads PARLEY_ADMIN_HOST and PARLEY_ADMIN_PORT, and flags override them", () => {
    const env = { PARLEY_ADMIN_HOST: "10.0.0.1", PARLEY_ADMIN_PORT: "9000" };
    expect(resolveEndpoint({}, env)).toEqual({ kind: "tcp", host: "10.0.0.1", port: 9000 });
    expect(resolveEndpoint({ port: "9001" }, env)).toEqual({ kind: "tcp", host: "10.0.0.1", port: 9001 });
    expect(resolveEndpoint({ host: "::1" }, env)).toEqual({ kind: "tcp", host: "::1", port: 9000 });
  });

  it("uses a Unix socket from the flag or the environment, unless TCP flags are given", () => {
    expect(resolveEndpoint({ socket: "/run/a.sock" }, { PARLEY_ADMIN_PORT: "1" })).toEqual({
      kind: "unix",
      path: "/run/a.sock",
    });
    expect(resolveEndpoint({}, { PARLEY_ADMIN_SOCKET: "/run/b.sock" })).toEqual({
      kind: "unix",
      path: "/run/b.sock",
    });
    expect(resolveEndpoint({ port: "7000" }, { PARLEY_ADMIN_SOCKET: "/run/b.sock" })).toEqual({
      kind: "tcp",
      host: "127.0.0.1",
      port: 7000,
    });
  });

  it.each(["0", "65536", "http", "80a", "-1"])("refuses port %j as a usage error", (port) => {
    expect(() => resolveEndpoint({ port }, {})).toThrow(UsageError);
  });

  it("describes endpoints for messages", () => {
    expect(describeEndpoint({ kind: "tcp", host: "127.0.0.1", port: 7668 })).toBe("127.0.0.1:7668");
    expect(describeEndpoint({ kind: "tcp", host: "::1", port: 7668 })).toBe("[::1]:7668");
    expect(describeEndpoint({ kind: "unix", path: "/run/p.sock" })).toBe("unix:/run/p.sock");
  });
});

describe("resolveTokenSource and loadToken", () => {
  it("takes --token, then --token-file, then PARLEY_ADMIN_TOKEN, then PARLEY_ADMIN_TOKEN_FILE, then the data dir", () => {
    const env = {
      PARLEY_ADMIN_TOKEN: "env-token",
      PARLEY_ADMIN_TOKEN_FILE: "/env/file",
      PARLEY_DATA_DIR: "/data",
    };
    expect(resolveTokenSource({ token: "flag", tokenFile: "/f" }, env, "/home/op")).toEqual({
      kind: "literal",
      token: "flag",
      origin: "--token",
    });
    expect(resolveTokenSource({ tokenFile: "/f" }, env, "/home/op")).toEqual({ kind: "file", path: "/f" });
    expect(resolveTokenSource({}, env, "/home/op")).toMatchObject({ kind: "literal", token: "env-token" });
    expect(resolveTokenSource({}, { ...env, PARLEY_ADMIN_TOKEN: "" }, "/h")).toEqual({
      kind: "file",
      path: "/env/file",
    });
    expect(resolveTokenSource({}, { PARLEY_DATA_DIR: "/data" }, "/h")).toEqual({
      kind: "file",
      path: "/data/admin.token",
    });
    expect(resolveTokenSource({ dataDir: "/other" }, { PARLEY_DATA_DIR: "/data" }, "/h")).toEqual({
      kind: "file",
      path: "/other/admin.token",
    });
    expect(resolveTokenSource({}, {}, "/home/op")).toEqual({
      kind: "file",
      path: "/home/op/.local/share/parley/admin.token",
    });
  });

  it("reads the first line of the token file, trimmed", () => {
    const path = join(dir, "admin.token");
    writeFileSync(path, "  s3cret-token \nignored\n", { mode: 0o600 });
    expect(loadToken({ kind: "file", path })).toBe("s3cret-token");
  });

  it("says where it looked when the file is missing, with the unauthorized exit code", () => {
    const path = join(dir, "missing", "admin.token");
    let caught: unknown;
    try {
      loadToken({ kind: "file", path });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(UnauthorizedError);
    expect((caught as UnauthorizedError).exitCode).toBe(ExitCode.unauthorized);
    expect((caught as Error).message).toContain(path);
    expect((caught as Error).message).toContain("not found");
  });

  it("refuses an empty token file", () => {
    const path = join(dir, "empty.token");
    writeFileSync(path, "\n");
    expect(() => loadToken({ kind: "file", path })).toThrow(/is empty/);
  });
});
