// TLS on the listeners over real sockets: the handshake, a wrong CA and old protocol versions refused,
// certificate reload (admin request and SIGHUP) keeping open connections, trust on first use, the
// plaintext loopback port beside TLS, and the admin listener over TLS.
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { type TLSSocket, connect as tlsConnect } from "node:tls";
import {
  ErrorCode,
  FingerprintMismatchError,
  type NewHostInfo,
  PROTOCOL_VERSION,
  ProtocolClient,
  type ServerError,
  type TlsClientOptions,
  UntrustedCertificateError,
} from "@parley/protocol";
import { makeSwappableCertificates } from "@parley/testkit";
import { describe, expect, it } from "vitest";
import { ConfigError, defaultConfig, resolveConfig } from "../src/config.js";
import { TlsConfigError } from "../src/net/tls.js";
import { operatorAudit } from "./admin-helpers.js";
import { onCleanup, spawnServer, startServer, tempDir } from "./helpers.js";

/** A server whose certificate files can be swapped: `live` is what the server reads. */
const certificates = () => makeSwappableCertificates(tempDir());

async function client(port: number, tls: TlsClientOptions): Promise<ProtocolClient> {
  const c = await ProtocolClient.connect({ port, tls, requestTimeoutMs: 5000 });
  onCleanup(() => {
    c.conn.destroy();
  });
  return c;
}

function fingerprintOf(c: ProtocolClient): string {
  return (c.conn.socket as TLSSocket).getPeerCertificate().fingerprint256;
}

async function hello(c: ProtocolClient): Promise<string | null | undefined> {
  const reply = await c.request({
    hello: { protocolVersion: PROTOCOL_VERSION, clientName: "t", clientVersion: "1" },
  });
  return reply.welcome?.serverName;
}

describe("TLS on the chat listener", () => {
  it("speaks the protocol over TLS to a client trusting the certificate", async () => {
    const { a, live } = certificates();
    const { port } = await startServer({
      tlsCert: live.certPath,
      tlsKey: live.keyPath,
      serverName: "tls-test",
    });
    const c = await client(port, { ca: a.pem });
    expect((c.conn.socket as TLSSocket).getProtocol()).toMatch(/^TLSv1\.[23]$/);
    expect(fingerprintOf(c)).toBe(a.fingerprint256);
    expect(await hello(c)).toBe("tls-test");
  });

  it("refuses a certificate the given CA did not sign, and a client that offers only TLS 1.1", async () => {
    const { b, live } = certificates();
    const { port } = await startServer({ tlsCert: live.certPath, tlsKey: live.keyPath });
    const error = await ProtocolClient.connect({ port, tls: { ca: b.pem, caSource: "--ca b.pem" } }).catch(
      (e) => e,
    );
    expect(error).toBeInstanceOf(UntrustedCertificateError);
    expect(error.message).toMatch(/^the certificate of 127\.0\.0\.1:\d+ is not trusted by --ca b\.pem \(/);
    const old = await new Promise<Error>((resolve) => {
      const socket = tlsConnect({
        port,
        host: "127.0.0.1",
        maxVersion: "TLSv1.1",
        minVersion: "TLSv1",
        rejectUnauthorized: false,
      });
      socket.once("error", resolve);
      socket.once("secureConnect", () => resolve(new Error("handshake succeeded")));
    });
    expect(old.message).not.toBe("handshake succeeded");
  });

  it("reloads: open connections keep the old certificate, new ones get the new, a bad file changes nothing", async () => {
    const { a, b, live, install } = certificates();
    const { server, port } = await startServer({ tlsCert: live.certPath, tlsKey: live.keyPath });
    const before = await client(port, { insecure: true });
    await hello(before);
    expect(fingerprintOf(before)).toBe(a.fingerprint256);

    install(b);
    expect(server.reloadTls().fingerprint256).toBe(b.fingerprint256);
    const after = await client(port, { insecure: true });
    expect(fingerprintOf(after)).toBe(b.fingerprint256);
    expect((await before.request({ ping: { sentAtMs: 1 } })).body).toBe("pong");

    writeFileSync(live.certPath, "not a certificate\n");
    expect(() => server.reloadTls()).toThrow(TlsConfigError);
    expect(() => server.reloadTls()).toThrow(`${live.certPath} does not hold a PEM certificate`);
    copyFileSync(a.certPath, live.certPath);
    // Certificate a with key b: refused too.
    expect(() => server.reloadTls()).toThrow(/is not the private key of/);
    const still = await client(port, { insecure: true });
    expect(fingerprintOf(still)).toBe(b.fingerprint256);
  });

  it("re-reads the files on SIGHUP in the real binary", async () => {
    const { a, b, live, install } = certificates();
    const { child, port } = await spawnServer([
      "--port",
      "0",
      "--admin-port",
      "0",
      "--data-dir",
      tempDir(),
      "--no-udp-status",
      "--tls-cert",
      live.certPath,
      "--tls-key",
      live.keyPath,
    ]);
    const before = await client(port, { ca: a.pem });
    install(b);
    child.kill("SIGHUP");
    // The reload is done when a new connection shows the new certificate; keep asking until it does.
    let seen = a.fingerprint256;
    while (seen !== b.fingerprint256) seen = fingerprintOf(await client(port, { insecure: true }));
    expect(await hello(before)).toBe("parley");
  });

  it("trusts on first use and refuses a changed certificate, naming both fingerprints", async () => {
    const { a, b, live, install, dir } = certificates();
    const { server, port } = await startServer({ tlsCert: live.certPath, tlsKey: live.keyPath });
    const knownHostsPath = join(dir, "config", "known_hosts");
    const seen: NewHostInfo[] = [];
    const tofu: TlsClientOptions = { knownHostsPath, onNewHost: (info) => seen.push(info) };
    await hello(await client(port, tofu));
    expect(seen).toEqual([{ host: "127.0.0.1", port, fingerprint256: a.fingerprint256, knownHostsPath }]);
    expect(readFileSync(knownHostsPath, "utf8")).toBe(`127.0.0.1:${port} ${a.fingerprint256}\n`);
    await hello(await client(port, tofu));
    expect(seen).toHaveLength(1);

    install(b);
    server.reloadTls();
    const error = await ProtocolClient.connect({ port, tls: tofu }).catch((e) => e);
    expect(error).toBeInstanceOf(FingerprintMismatchError);
    expect(error.message).toContain(
      `known_hosts has ${a.fingerprint256}, the server now shows ${b.fingerprint256}`,
    );
    // Without a CA or a known_hosts file an unverified certificate is refused outright.
    await expect(ProtocolClient.connect({ port, tls: {} })).rejects.toThrow(UntrustedCertificateError);
  });

  it("keeps a plaintext port on loopback beside the TLS one", async () => {
    const { live } = certificates();
    const free = await startServer({});
    const plainPort = free.port;
    await free.server.close();
    const { server, port } = await startServer({
      tlsCert: live.certPath,
      tlsKey: live.keyPath,
      plainPort,
      udpStatus: false,
    });
    expect(server.plainPort).toBe(plainPort);
    const plain = await ProtocolClient.connect({ port: plainPort, requestTimeoutMs: 5000 });
    onCleanup(() => {
      plain.conn.destroy();
    });
    expect(await hello(plain)).toBe("parley");
    expect(await hello(await client(port, { insecure: true }))).toBe("parley");
  });
});

describe("TLS on the admin listener", () => {
  it("serves admin requests over TLS with the same certificate, and reloads it on request", async () => {
    const { a, b, live, install } = certificates();
    const { server } = await startServer({ tlsCert: live.certPath, tlsKey: live.keyPath, adminTls: true });
    const admin = await client(server.adminPort as number, { ca: a.pem });
    expect((await admin.request({ adminAuth: { token: server.adminToken } })).body).toBe("ok");

    install(b);
    const reply = await admin.request({ adminReloadTls: { by: "ops" } });
    expect(reply.adminReloadTlsResult).toMatchObject({
      fingerprint256: b.fingerprint256,
      listeners: ["chat", "http", "admin"],
    });
    const again = await client(server.adminPort as number, { ca: b.pem });
    expect((await again.request({ adminAuth: { token: server.adminToken } })).body).toBe("ok");

    writeFileSync(live.keyPath, "garbage");
    const refused = (await admin.request({ adminReloadTls: {} }).catch((e) => e)) as ServerError;
    expect(refused.code).toBe(ErrorCode.ERROR_CODE_BAD_REQUEST);
    expect(refused.message).toContain(`the certificate in force (${b.fingerprint256}) stays`);
    const audit = await operatorAudit(admin);
    expect(audit.slice(0, 2).map((e) => [e.action, e.result?.split(":")[0], e.by])).toEqual([
      ["reload-tls", "failed", "admin"],
      ["reload-tls", `serving ${b.fingerprint256.split(":")[0]}`, "ops"],
    ]);
    // A plaintext client gets nowhere on a TLS admin port.
    const plain = await ProtocolClient.connect({ port: server.adminPort as number, requestTimeoutMs: 2000 });
    onCleanup(() => {
      plain.conn.destroy();
    });
    await expect(plain.request({ adminAuth: { token: server.adminToken } })).rejects.toThrow();
  });

  it("answers reload-tls with BAD_REQUEST when the server has no TLS", async () => {
    const { server } = await startServer();
    const { adminClient } = await import("./admin-helpers.js");
    const admin = await adminClient(server);
    const error = (await admin.request({ adminReloadTls: {} }).catch((e) => e)) as ServerError;
    expect(error.code).toBe(ErrorCode.ERROR_CODE_BAD_REQUEST);
    expect(error.message).toBe("TLS is not configured: start the server with --tls-cert and --tls-key");
  });

  it("refuses to start an admin listener reachable from other machines without TLS", () => {
    const base = defaultConfig({});
    expect(() => resolveConfig(base, { adminHost: "0.0.0.0" })).toThrow(ConfigError);
    expect(() => resolveConfig(base, { adminHost: "::" })).toThrow(
      /the admin listener on :: would be reachable from other machines without TLS/,
    );
    expect(() => resolveConfig(base, { adminHost: "::1" })).not.toThrow();
    expect(() => resolveConfig(base, { adminHost: "0.0.0.0", adminSocket: "/tmp/a.sock" })).not.toThrow();
    expect(() =>
      resolveConfig(base, { adminHost: "0.0.0.0", adminTls: true, tlsCert: "c.pem", tlsKey: "k.pem" }),
    ).not.toThrow();
    expect(() => resolveConfig(base, { tlsCert: "c.pem" })).toThrow(/go together/);
    expect(() => resolveConfig(base, { plainPort: 7000 })).toThrow(/plainPort/);
  });
});
