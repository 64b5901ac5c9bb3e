// Limits per IP address over real sockets: open connections, new connections per minute, the admin
// lockout, bans on CIDR ranges, and the same over IPv6 on ::1. A second loopback address (127.0.0.2)
// plays the bystander who must still be served.
import { ErrorCode as Codes, type ErrorCode, ProtocolClient, ServerError } from "@parley/protocol";
import { describe, expect, it, vi } from "vitest";
import { ConnectionLimits, isLoopback, WindowCounter } from "../src/net/address-limits.js";
import { formatAddressRange, parseAddressRange } from "../src/net/address-range.js";
import { adminClient } from "./admin-helpers.js";
import { onCleanup, startServer } from "./helpers.js";

/** Connects from `localAddress` and says Hello; resolves with the client, or with the Error that refused it. */
async function connectFrom(
  port: number,
  localAddress: string,
  host = "127.0.0.1",
): Promise<{ client: ProtocolClient } | { refused: ServerError }> {
  const client = await ProtocolClient.connect({
    host,
    port,
    localAddress,
    requestTimeoutMs: 5000,
    bufferEvents: true,
  });
  onCleanup(() => {
    client.conn.destroy();
  });
  return request(client, { hello: { protocolVersion: 1, clientName: "test", clientVersion: "1" } });
}

/**
 * Sends a request; a refused connection answers with an Error event (request id 0) and closes, so the
 * refusal is read from the queued events.
 */
async function request(
  client: ProtocolClient,
  envelope: Parameters<ProtocolClient["request"]>[0],
): Promise<{ client: ProtocolClient } | { refused: ServerError }> {
  try {
    await client.request(envelope);
    return { client };
  } catch (error) {
    const event = client.queuedEvents.find((e) => e.body === "error");
    return { refused: event ? ServerError.from(event) : (error as ServerError) };
  }
}

function refusedWith(result: Awaited<ReturnType<typeof connectFrom>>, code: ErrorCode): ServerError {
  if (!("refused" in result)) throw new Error("the connection was accepted");
  expect(result.refused.code).toBe(code);
  expect(result.refused.fatal).toBe(true);
  return result.refused;
}

function accepted(result: Awaited<ReturnType<typeof connectFrom>>): ProtocolClient {
  if ("refused" in result) throw new Error(`refused: ${result.refused.message}`);
  return result.client;
}

describe("connections per address", () => {
  it("refuses a third connection from one address while another address is served", async () => {
    const { server, port } = await startServer({
      maxConnectionsPerAddress: 2,
      addressLimitsExemptLoopback: false,
    });
    const first = accepted(await connectFrom(port, "127.0.0.1"));
    accepted(await connectFrom(port, "127.0.0.1"));
    const third = refusedWith(await connectFrom(port, "127.0.0.1"), Codes.ERROR_CODE_SERVER_FULL);
    expect(third.message).toBe("too many connections from this address (at most 2 at once)");
    accepted(await connectFrom(port, "127.0.0.2"));
    // A closed connection frees its slot.
    first.conn.destroy();
    await vi.waitFor(() => expect(server.ctx.registry.size).toBe(2));
    accepted(await connectFrom(port, "127.0.0.1"));
  });

  it("exempts loopback by default", async () => {
    const { port } = await startServer({ maxConnectionsPerAddress: 1 });
    for (let i = 0; i < 3; i++) accepted(await connectFrom(port, "127.0.0.1"));
  });

  it("refuses new connections past the per-minute rate with RATE_LIMITED and a retry time", async () => {
    const { port } = await startServer({
      maxNewConnectionsPerAddressPerMinute: 3,
      addressLimitsExemptLoopback: false,
    });
    for (let i = 0; i < 3; i++) accepted(await connectFrom(port, "127.0.0.1")).conn.destroy();
    const refused = refusedWith(await connectFrom(port, "127.0.0.1"), Codes.ERROR_CODE_RATE_LIMITED);
    expect(refused.message).toBe("too many new connections from this address (at most 3 a minute)");
    expect(refused.retryAfterMs).toBeGreaterThan(50_000);
    expect(refused.retryAfterMs).toBeLessThanOrEqual(60_000);
    accepted(await connectFrom(port, "127.0.0.2"));
  });

  it("applies the limits to IPv6 peers on ::1", async () => {
    const { port } = await startServer({
      host: "::1",
      maxConnectionsPerAddress: 1,
      addressLimitsExemptLoopback: false,
    });
    accepted(await connectFrom(port, "::1", "::1"));
    refusedWith(await connectFrom(port, "::1", "::1"), Codes.ERROR_CODE_SERVER_FULL);
  });
});

describe("bans on address ranges", () => {
  it("refuses every address in a banned IPv4 range and no other", async () => {
    const { server, port } = await startServer();
    const admin = await adminClient(server);
    const reply = await admin.request({ adminBan: { address: "127.0.0.0/31", reason: "range" } });
    expect(reply.adminBanResult?.ban?.address).toBe("127.0.0.0/31");
    refusedWith(await connectFrom(port, "127.0.0.1"), Codes.ERROR_CODE_BANNED);
    accepted(await connectFrom(port, "127.0.0.2"));
    // Lifting the ban by the same range lets the address in again.
    const lifted = await admin.request({ adminUnban: { address: "127.0.0.0/31" } });
    expect(lifted.adminUnbanResult?.removed).toHaveLength(1);
    accepted(await connectFrom(port, "127.0.0.1"));
  });

  it("bans IPv6 ranges, matching addresses by value whatever their spelling", async () => {
    const { server, port } = await startServer({ host: "::1" });
    const admin = await adminClient(server);
    await admin.request({ adminBan: { address: "0:0:0:0:0:0:0:0/127" } });
    refusedWith(await connectFrom(port, "::1", "::1"), Codes.ERROR_CODE_BANNED);
  });

  it("applies IPv4 ranges to IPv4 peers of a dual-stack listener on ::", async () => {
    const { server, port } = await startServer({ host: "::" });
    const admin = await adminClient(server);
    await admin.request({ adminBan: { address: "127.0.0.2/32" } });
    refusedWith(await connectFrom(port, "127.0.0.2", "127.0.0.1"), Codes.ERROR_CODE_BANNED);
    accepted(await connectFrom(port, "127.0.0.1", "127.0.0.1"));
    accepted(await connectFrom(port, "::1", "::1"));
  });

  it("refuses a malformed range with BAD_REQUEST", async () => {
    const { server } = await startServer();
    const admin = await adminClient(server);
    for (const address of ["10.0.0.0/33", "10.0.0.0/8/1", "fe80::/129", "example.org", "10.0.0.0/x"]) {
      const error = (await admin.request({ adminBan: { address } }).catch((e) => e)) as ServerError;
      expect(error.code, address).toBe(Codes.ERROR_CODE_BAD_REQUEST);
    }
  });
});

describe("admin authentication lockout", () => {
  it("locks an address out after repeated wrong tokens, and not another address", async () => {
    const { server } = await startServer({ maxAdminAuthFailures: 2, adminAuthLockoutMs: 60_000 });
    const adminPort = server.adminPort as number;
    const tryToken = async (token: string, localAddress = "127.0.0.1") => {
      const client = await ProtocolClient.connect({
        port: adminPort,
        localAddress,
        requestTimeoutMs: 5000,
        bufferEvents: true,
      });
      onCleanup(() => {
        client.conn.destroy();
      });
      const result = await request(client, { adminAuth: { token } });
      return "refused" in result ? result.refused : "ok";
    };
    for (let i = 0; i < 2; i++)
      expect(((await tryToken("guess")) as ServerError).code).toBe(Codes.ERROR_CODE_UNAUTHORIZED);
    const locked = (await tryToken(server.adminToken)) as ServerError;
    expect(locked.code).toBe(Codes.ERROR_CODE_RATE_LIMITED);
    expect(locked.message).toMatch(
      /^too many failed admin authentications from this address; try again in \d+ s$/,
    );
    expect(locked.retryAfterMs).toBeGreaterThan(55_000);
    expect(await tryToken(server.adminToken, "127.0.0.2")).toBe("ok");
  });
});

describe("address bookkeeping", () => {
  it("knows loopback in both families", () => {
    expect(isLoopback("127.0.0.1")).toBe(true);
    expect(isLoopback("127.255.0.9")).toBe(true);
    expect(isLoopback("::1")).toBe(true);
    expect(isLoopback("10.0.0.1")).toBe(false);
    expect(isLoopback("2001:db8::1")).toBe(false);
    expect(isLoopback("0:0:0:0:0:0:0:1")).toBe(true);
    expect(isLoopback("128.0.0.1")).toBe(false);
    expect(isLoopback("127.example")).toBe(false);
  });

  it("counts per address in windows that end, and forgets the oldest when full", () => {
    const counter = new WindowCounter(2, 1000, 2);
    expect([counter.hit("a", 0), counter.hit("a", 10), counter.hit("a", 20)]).toEqual([true, true, false]);
    expect(counter.retryAfterMs("a", 20)).toBe(980);
    expect(counter.hit("a", 1000)).toBe(true);
    counter.hit("b", 1000);
    counter.hit("c", 1000);
    expect(counter.size).toBe(2);
  });

  it("releases only what it admitted", () => {
    const limits = new ConnectionLimits({
      maxConnectionsPerAddress: 1,
      maxNewConnectionsPerAddressPerMinute: 0,
      addressLimitsExemptLoopback: true,
    });
    expect(limits.admit("10.0.0.1", 0)).toBeUndefined();
    expect(limits.admit("10.0.0.1", 0)).toEqual({ kind: "too-many-open", limit: 1 });
    limits.release("10.0.0.1");
    expect(limits.openFrom("10.0.0.1")).toBe(0);
    expect(limits.admit("127.0.0.1", 0)).toBeUndefined();
    expect(limits.openFrom("127.0.0.1")).toBe(0);
  });

  it("parses addresses and ranges to one written form", () => {
    expect(formatAddressRange(parseAddressRange(" 10.0.0.0/8 ")!)).toBe("10.0.0.0/8");
    expect(formatAddressRange(parseAddressRange("10.0.0.7/32")!)).toBe("10.0.0.7");
    expect(formatAddressRange(parseAddressRange("::FFFF:10.0.0.7")!)).toBe("10.0.0.7");
    expect(formatAddressRange(parseAddressRange("2001:DB8::/32")!)).toBe("2001:db8::/32");
    expect(parseAddressRange("10.0.0.0/33")).toBeUndefined();
  });
});
