// Real protocol clients for tests, closed after the test: raw (before Hello), logged in through the
// protocol package's handshake, and authenticated on the admin listener.
import {
  type ChatMessage,
  type DecodedEnvelope,
  type JoinRoom,
  ProtocolClient,
  register,
  ServerError,
} from "@parley/protocol";
import { barrier } from "./barrier.js";
import { onCleanup } from "./cleanup.js";

export interface TestClientOptions {
  /** Answer the server's pings (default false: heartbeat tests need a client that stays silent). */
  answerPings?: boolean;
  /** Wait this long for each reply, in ms (default 5000). */
  requestTimeoutMs?: number;
  /** What Hello says (shown by `parley-admin sessions`); default "test" and "1". */
  clientName?: string;
  clientVersion?: string;
  /**
   * Largest frame accepted from the server (default: the protocol's 1 MiB). Set it to the limit the
   * server announces and a larger frame fails the client: the check that the server kept its word.
   */
  maxFrameBytes?: number;
  /** Log in to the nick's account with this password (SCRAM); default: as a guest. */
  password?: string;
  /** Connect from this local address (any of 127.0.0.0/8 is this machine): a client "from elsewhere". */
  localAddress?: string;
}

/** A connected chat client that has not said Hello yet; events are buffered for `waitFor`. */
export async function rawClient(port: number, options: TestClientOptions = {}): Promise<ProtocolClient> {
  const client = await ProtocolClient.connect({
    port,
    bufferEvents: true,
    requestTimeoutMs: options.requestTimeoutMs ?? 5000,
    answerPings: options.answerPings ?? false,
    maxFrameBytes: options.maxFrameBytes,
    localAddress: options.localAddress,
  });
  onCleanup(() => {
    client.conn.destroy();
  });
  return client;
}

/**
 * A client past Hello and Login with the default room (or `rooms`) joined, and each room's History
 * received, so the test starts after the replay.
 */
export async function loggedIn(
  port: number,
  nick: string,
  rooms?: (string | JoinRoom)[],
  options: TestClientOptions = {},
): Promise<ProtocolClient> {
  const client = await rawClient(port, options);
  const joins = rooms?.map((room) => (typeof room === "string" ? { room } : room));
  await client.login({
    clientName: options.clientName ?? "test",
    clientVersion: options.clientVersion ?? "1",
    nick,
    rooms: joins,
    password: options.password,
  });
  const expected = joins?.length || 1;
  for (let i = 0; i < expected; i++) await client.waitFor((e) => e.body === "history");
  return client;
}

/** Registers an account for `nick` on a fresh connection (Hello, then Register), closed afterwards. */
export async function registerAccount(port: number, nick: string, password: string): Promise<void> {
  const client = await rawClient(port);
  try {
    await client.hello({ clientName: "test", clientVersion: "1" });
    await register(client, nick, password);
  } finally {
    client.conn.destroy();
  }
}

/**
 * Connections filling a room at once: a session handles its requests one after another, each
 * waiting for its commit, while the store commits all sessions' messages of a turn together.
 */
const FILL_CONNECTIONS = 40;

/**
 * Stores `count` messages in `room` (`text(i)` for the i-th, from 1) from several connections at
 * once (nicks `filler-1` …), so their order in the room is only roughly i's, and closes them. The
 * server must allow the rate (ratePerSecond, rateBurst) and keep that much history
 * (historyRetentionCount).
 */
export async function fillRoom(
  port: number,
  room: string,
  count: number,
  text: (i: number) => string,
): Promise<void> {
  let next = 1;
  const fill = async (n: number) => {
    const client = await loggedIn(port, `filler-${n}`, [{ room, historyLimit: 0 }], { answerPings: true });
    for (let i = next++; i <= count; i = next++)
      await client.request({ sendMessage: { room, text: text(i), clientMsgId: `fill-${i}` } });
    client.send({ quit: { reason: "filled" } });
    await client.close();
  };
  await Promise.all(Array.from({ length: Math.min(FILL_CONNECTIONS, count) }, (_, n) => fill(n + 1)));
}

/**
 * Hello then Login as `nick` on a fresh connection, closed afterwards: resolves with the ServerError
 * that refused it (banned, nick in use …), or undefined if the login was accepted.
 */
export async function loginRefusal(port: number, nick: string): Promise<ServerError | undefined> {
  const client = await rawClient(port);
  try {
    await client.login({ clientName: "test", clientVersion: "1", nick });
    return undefined;
  } catch (error) {
    if (error instanceof ServerError) return error;
    throw error;
  } finally {
    client.conn.destroy();
  }
}

/** The parts of a server an admin client needs. */
export interface AdminEndpoint {
  readonly adminPort: number | string;
  readonly adminToken: string;
}

/** A client on the admin listener (port or Unix socket) that has not authenticated yet. */
export async function rawAdminClient(
  server: AdminEndpoint,
  options: Pick<TestClientOptions, "maxFrameBytes"> = {},
): Promise<ProtocolClient> {
  const where =
    typeof server.adminPort === "string" ? { path: server.adminPort } : { port: server.adminPort };
  const client = await ProtocolClient.connect({
    ...where,
    bufferEvents: true,
    requestTimeoutMs: 5000,
    maxFrameBytes: options.maxFrameBytes,
  });
  onCleanup(() => {
    client.conn.destroy();
  });
  return client;
}

/** An admin client past AdminAuth with the server's token. */
export async function adminClient(
  server: AdminEndpoint,
  options: Pick<TestClientOptions, "maxFrameBytes"> = {},
): Promise<ProtocolClient> {
  const client = await rawAdminClient(server, options);
  const reply = await client.request({ adminAuth: { token: server.adminToken } });
  if (reply.body !== "ok") throw new Error(`AdminAuth answered ${reply.body}`);
  return client;
}

/** A matcher for `waitFor`: the envelope's body is `kind`. */
export const isKind =
  (kind: DecodedEnvelope["body"]) =>
  (envelope: DecodedEnvelope): boolean =>
    envelope.body === kind;

/**
 * The texts of the chat messages `client` has received so far and not yet taken (those `match`
 * accepts), taken out of its queue in order. A ping round trip first, so everything the server wrote
 * before is in: "nothing arrived" is checked without a sleep.
 */
export async function takeMessages(
  client: ProtocolClient,
  match: (message: ChatMessage) => boolean = () => true,
): Promise<string[]> {
  await barrier(client);
  const texts: string[] = [];
  for (const event of [...client.queuedEvents]) {
    if (event.body !== "message" || !event.message || !match(event.message)) continue;
    texts.push(event.message.text ?? "");
    await client.waitFor((e) => e === event);
  }
  return texts;
}

/** Waits until the client's connection has closed; rejects after `ms`. */
export async function closedWithin(client: ProtocolClient, ms = 5000): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([
    client.closed,
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`still open after ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}
