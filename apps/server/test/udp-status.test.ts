// The UDP status probe on the chat port number: replies never larger than the request, a per-address
// reply limit, silence for anything malformed, nothing about users, and `--no-udp-status`.
import { createSocket, type Socket } from "node:dgram";
import { once } from "node:events";
import {
  encodeStatusRequest,
  PROTOCOL_VERSION,
  parseStatusReply,
  pb,
  STATUS_MAGIC,
  STATUS_REQUEST_MAX_BYTES,
  STATUS_REQUEST_MIN_BYTES,
} from "@parley/protocol";
import { describe, expect, it } from "vitest";
import { SERVER_VERSION } from "../src/version.js";
import { loggedIn, onCleanup, startServer } from "./helpers.js";

/** A UDP socket on `address` that collects every datagram it receives. */
async function prober(address = "127.0.0.1") {
  const socket: Socket = createSocket("udp4");
  socket.bind(0, address);
  await once(socket, "listening");
  onCleanup(() => {
    socket.close();
  });
  const received: Buffer[] = [];
  const waiters: (() => void)[] = [];
  socket.on("message", (datagram) => {
    received.push(datagram);
    for (const wake of waiters.splice(0)) wake();
  });
  return {
    received,
    send(bytes: Uint8Array, port: number) {
      socket.send(bytes, port, "127.0.0.1");
    },
    /** Resolves once `count` datagrams have arrived in all. */
    async until(count: number) {
      while (received.length < count) await new Promise<void>((resolve) => waiters.push(resolve));
    },
  };
}

describe("UDP status probe", () => {
  it("answers with the server's status in a reply no larger than the request", async () => {
    const { port } = await startServer({ serverName: "test-parley" });
    const secret = await loggedIn(port, "secretnick");
    await secret.request({ joinRoom: { room: "hiddenroom" } });
    const probe = await prober();
    const request = encodeStatusRequest(77);
    probe.send(request, port);
    await probe.until(1);
    const reply = probe.received[0]!;
    expect(reply.length).toBeLessThanOrEqual(request.length);
    const status = parseStatusReply(reply, 77)!;
    expect(status).toMatchObject({
      serverName: "test-parley",
      serverVersion: SERVER_VERSION,
      protocolVersion: PROTOCOL_VERSION,
      sessionsOnline: 1,
      rooms: 2,
      tls: false,
    });
    // The server started in this process, so it cannot have been up for longer.
    expect(status.uptimeMs).toBeLessThanOrEqual(process.uptime() * 1000);
    // Nothing about individual users or rooms.
    const text = reply.toString("latin1");
    expect(text).not.toContain("secretnick");
    expect(text).not.toContain("hiddenroom");
  });

  it("shortens a long server name to fit each request's size", async () => {
    const { port } = await startServer({ serverName: "n".repeat(3000) });
    const probe = await prober();
    const small = encodeStatusRequest(1, STATUS_REQUEST_MIN_BYTES);
    const large = encodeStatusRequest(2, STATUS_REQUEST_MAX_BYTES);
    probe.send(small, port);
    await probe.until(1);
    probe.send(large, port);
    await probe.until(2);
    const [first, second] = probe.received as [Buffer, Buffer];
    expect(first.length).toBeLessThanOrEqual(small.length);
    expect(second.length).toBeLessThanOrEqual(large.length);
    expect(parseStatusReply(second, 2)!.serverName.length).toBeGreaterThan(
      parseStatusReply(first, 1)!.serverName.length,
    );
  });

  it("drops malformed, short, oversized and wrong-magic datagrams without a word", async () => {
    const { port } = await startServer();
    const probe = await prober();
    const unpadded = pb.StatusRequest.encode({ magic: STATUS_MAGIC, nonce: 5 }).finish();
    const wrongMagic = pb.StatusRequest.encode({
      magic: 0x12345678,
      nonce: 6,
      padding: new Uint8Array(600),
    }).finish();
    for (const junk of [
      new Uint8Array(0),
      new Uint8Array(600).fill(0xff),
      unpadded,
      wrongMagic,
      new Uint8Array(STATUS_REQUEST_MAX_BYTES + 1),
    ])
      probe.send(junk, port);
    // Datagrams on loopback arrive in order: the first answer is the one to the good request.
    probe.send(encodeStatusRequest(9), port);
    await probe.until(1);
    expect(parseStatusReply(probe.received[0]!, 9)).toBeDefined();
    expect(probe.received).toHaveLength(1);
  });

  it("answers one address no more than udpStatusRepliesPerMinute times, while another is served", async () => {
    const { port } = await startServer({ udpStatusRepliesPerMinute: 3 });
    const flooder = await prober("127.0.0.1");
    const bystander = await prober("127.0.0.2");
    for (let nonce = 1; nonce <= 6; nonce++) flooder.send(encodeStatusRequest(nonce), port);
    await flooder.until(3);
    // Two round trips from another address: the server has handled all six by the first answer, and
    // any fourth reply to the flooder would have been delivered before the second.
    bystander.send(encodeStatusRequest(100), port);
    await bystander.until(1);
    bystander.send(encodeStatusRequest(101), port);
    await bystander.until(2);
    expect(flooder.received.map((d, i) => parseStatusReply(d, i + 1) !== undefined)).toEqual([
      true,
      true,
      true,
    ]);
  });

  it("answers over IPv6 when the chat listener is on ::1", async () => {
    const { port } = await startServer({ host: "::1" });
    const socket = createSocket("udp6");
    onCleanup(() => {
      socket.close();
    });
    socket.bind(0, "::1");
    await once(socket, "listening");
    const request = encodeStatusRequest(61);
    socket.send(request, port, "::1");
    const [reply] = (await once(socket, "message")) as [Buffer];
    expect(reply.length).toBeLessThanOrEqual(request.length);
    expect(parseStatusReply(reply, 61)?.serverName).toBe("parley");
  });

  it("is off with udpStatus false", async () => {
    const { port } = await startServer({ udpStatus: false });
    // Nothing listens on the port: the kernel's "port unreachable" reaches a connected socket as an error.
    const socket = createSocket("udp4");
    onCleanup(() => {
      socket.close();
    });
    socket.connect(port, "127.0.0.1");
    await once(socket, "connect");
    socket.send(encodeStatusRequest(1));
    const [error] = await once(socket, "error");
    expect((error as NodeJS.ErrnoException).code).toBe("ECONNREFUSED");
  });
});
