// `parley send` and `parley get` over TLS against a real server: trust on first use (the fingerprint
// said on stderr and kept in known_hosts), --ca, and the refusal of a certificate that changed.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ExitCode } from "@parley/cli-shell";
import { makeSwappableCertificates } from "@parley/testkit";
import { describe, expect, it } from "vitest";
import type { CliIo } from "../src/cli/common.js";
import { runGet } from "../src/cli/get.js";
import { runSend } from "../src/cli/send.js";
import { randomFile, startServer, tempDir } from "./helpers.js";

function captureIo(env: NodeJS.ProcessEnv) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: { write: (t: string) => out.push(t) },
    stderr: { write: (t: string) => err.push(t), isTTY: false, columns: 100 },
    env: { PARLEY_CLIENT_CONFIG: "/nonexistent/parley.json", HOME: "/nonexistent", ...env },
    cwd: "/",
    version: "test",
  };
  return { io, stdout: () => out.join(""), stderr: () => err.join("") };
}

describe("parley send / get over TLS", () => {
  it("trusts on first use, accepts --ca, and refuses a changed certificate naming both fingerprints", async () => {
    const { a, b, live, install } = makeSwappableCertificates(tempDir());
    const { server, port } = await startServer({ tlsCert: live.certPath, tlsKey: live.keyPath });
    const config = tempDir();
    const env = { PARLEY_PORT: String(port), XDG_CONFIG_HOME: config };
    const knownHosts = join(config, "parley", "known_hosts");
    const { path } = randomFile(tempDir(), "notes.txt", 1000);

    const send = captureIo({ ...env, PARLEY_NICK: "ana" });
    expect(await runSend(["--tls", "--to", "#lobby", path], send.io)).toBe(0);
    const id = send.stdout().trim();
    expect(send.stderr()).toContain(
      `parley send: first TLS connection to 127.0.0.1:${port}; its certificate's SHA-256 fingerprint is ${a.fingerprint256} (stored in ${knownHosts})\n`,
    );
    expect(readFileSync(knownHosts, "utf8")).toBe(`127.0.0.1:${port} ${a.fingerprint256}\n`);

    const get = captureIo({ ...env, PARLEY_DOWNLOAD_DIR: tempDir() });
    expect(await runGet(["--ca", a.certPath, id], get.io)).toBe(0);
    expect(get.stderr()).not.toContain("first TLS connection");

    install(b);
    server.reloadTls();
    const refused = captureIo({ ...env, PARLEY_DOWNLOAD_DIR: tempDir() });
    expect(await runGet(["--tls", id], refused.io)).toBe(ExitCode.cannotConnect);
    expect(refused.stderr()).toContain(
      `known_hosts has ${a.fingerprint256}, the server now shows ${b.fingerprint256}`,
    );
    const wrongCa = captureIo({ ...env, PARLEY_DOWNLOAD_DIR: tempDir() });
    expect(await runGet(["--ca", a.certPath, id], wrongCa.io)).toBe(ExitCode.cannotConnect);
    expect(wrongCa.stderr()).toContain(`is not trusted by ${a.certPath}`);
  });
});
