// parley-admin over TLS, as an operator runs it: with --ca, with trust on first use (and its refusal
// when the certificate changes), and reload-tls. Certificates are made at run time.
import { join } from "node:path";
import { makeSwappableCertificates } from "@parley/testkit";
import { describe, expect, it } from "vitest";
import { adminEnv, runAdmin, startServer, tempDir } from "./helpers.js";

describe("parley-admin over TLS", () => {
  it("connects with --ca, trusts on first use with --tls, reloads, and refuses a changed certificate", async () => {
    const { a, b, live, install } = makeSwappableCertificates(tempDir());
    const server = await startServer({ tlsCert: live.certPath, tlsKey: live.keyPath, adminTls: true });
    const env = { ...adminEnv(server), HOME: tempDir() };

    const withCa = await runAdmin(["--ca", a.certPath, "stats", "--json"], env);
    expect(withCa.code).toBe(0);
    expect(JSON.parse(withCa.stdout).sessions).toBe(0);

    const wrongCa = await runAdmin(["--ca", b.certPath, "stats"], env);
    expect(wrongCa.code).toBe(4);
    expect(wrongCa.stderr).toContain(`is not trusted by ${b.certPath}`);

    const plaintext = await runAdmin(["stats", "--timeout", "2s"], env);
    expect(plaintext.code).not.toBe(0);

    const first = await runAdmin(["--tls", "stats"], env);
    expect(first.code).toBe(0);
    const knownHosts = join(env.HOME, ".config", "parley", "known_hosts");
    expect(first.stderr).toBe(
      `parley-admin: first TLS connection to 127.0.0.1:${server.adminPort}; its certificate's SHA-256 fingerprint is ${a.fingerprint256} (stored in ${knownHosts})\n`,
    );
    const second = await runAdmin(["--tls", "stats"], env);
    expect([second.code, second.stderr]).toEqual([0, ""]);

    install(b);
    const reloaded = await runAdmin(["--ca", a.certPath, "reload-tls", "--by", "ops"], env);
    expect(reloaded.code).toBe(0);
    expect(reloaded.stdout).toMatch(
      new RegExp(`^reloaded: chat and http and admin now serve ${b.fingerprint256} \\(valid until \\d{4}-`),
    );

    const changed = await runAdmin(["--tls", "stats"], env);
    expect(changed.code).toBe(4);
    expect(changed.stderr).toContain(
      `known_hosts has ${a.fingerprint256}, the server now shows ${b.fingerprint256}`,
    );

    const insecure = await runAdmin(["--insecure", "stats"], env);
    expect(insecure.code).toBe(0);
    expect(insecure.stderr).toContain("--insecure: the server's certificate is not checked (for tests only)");
    // Eight runs of the binary in a row, one of them waiting out its own 2 s timeout.
  }, 90_000);
});
