// `parley probe` as a user runs it: the real binary against a real server's UDP status responder.
import { ExitCode } from "@parley/cli-shell";
import { describe, expect, it } from "vitest";
import { parseHostPort } from "../src/cli/probe.js";
import { runParley, startServer } from "./helpers.js";

describe("parley probe", () => {
  it("prints the status as text and as JSON, and exits 0", async () => {
    const { port } = await startServer({ serverName: "probe-test" });
    const text = await runParley(["probe", `127.0.0.1:${port}`]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain(`probe-test at 127.0.0.1:${port}`);
    expect(text.stdout).toMatch(/online\s+0 sessions, 0 rooms/);
    expect(text.stdout).toMatch(/tls\s+off/);
    const json = await runParley(["probe", `127.0.0.1:${port}`, "--json"]);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({
      host: "127.0.0.1",
      port,
      serverName: "probe-test",
      sessionsOnline: 0,
      rooms: 0,
      tls: false,
    });
  });

  it('exits 4 (cannot connect) with "no answer" when nothing answers', async () => {
    const { port } = await startServer({ udpStatus: false });
    const result = await runParley(["probe", `127.0.0.1:${port}`, "--timeout", "100"]);
    expect(result.code).toBe(ExitCode.cannotConnect);
    expect(result.stderr).toContain(`parley probe: no answer from 127.0.0.1:${port} (3 tries, 100 ms each)`);
    expect(result.stdout).toBe("");
  });

  it("exits 2 on a bad address or timeout", async () => {
    expect((await runParley(["probe", "host:99999"])).code).toBe(2);
    const bad = await runParley(["probe", "127.0.0.1", "--timeout", "soon"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--timeout: "soon" is not a number of ms');
  });

  it("reads host, [v6]:port, bare IPv6 and the default port", () => {
    expect(parseHostPort("chat.example")).toEqual({ host: "chat.example", port: 7667 });
    expect(parseHostPort("chat.example:9000")).toEqual({ host: "chat.example", port: 9000 });
    expect(parseHostPort("[::1]:9000")).toEqual({ host: "::1", port: 9000 });
    expect(parseHostPort("::1")).toEqual({ host: "::1", port: 7667 });
  });
});
