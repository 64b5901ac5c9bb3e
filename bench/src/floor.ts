// The floor targets: the least a Node server can do and still speak Parley to the bench's clients, to
// show what the protocol costs by itself next to the relay. No checks, limits or session state beyond
// a socket's nick and rooms. `--store-messages` (target floor-durable) adds Parley's own message store.
import { mkdirSync } from "node:fs";
import { createServer, type Socket } from "node:net";
import { join } from "node:path";
import { parseArgs } from "node:util";
import {
  type ChatMessage,
  decodeEnvelope,
  encodeFrame,
  encodeFrames,
  FrameDecoder,
  frameBody,
  frameBytes,
  type Member,
  PresenceKind,
} from "@parley/protocol";
import type { MessageStore } from "@parley/server";

/** Members listed in Joined, as Parley's first page (memberPageSize). */
const MEMBERS_IN_JOINED = 100;
/** Presence waits this long to be written with other presence, as Parley's presenceFlushMs. */
const PRESENCE_FLUSH_MS = 20;

// Parley's own flags are passed too (the bench starts this as it starts parley-server); only these count.
const { values } = parseArgs({
  options: {
    host: { type: "string" },
    port: { type: "string" },
    "data-dir": { type: "string" },
    "store-messages": { type: "boolean" },
  },
  strict: false,
});

/** One connection: who it is once logged in. */
interface Client {
  socket: Socket;
  member: Member;
}

/** A message on its way: the sender and its request id, for the sender's copy (its acknowledgement). */
interface Outgoing {
  from: Client;
  requestId: number;
  /** The room's members, or for a direct message the sender and the recipient. */
  to: Iterable<Client>;
  conversation: string;
  message: ChatMessage;
}

const rooms = new Map<string, Set<Client>>();
const byNick = new Map<string, Client>();
const presenceWaiting = new Map<Client, Uint8Array[]>();
let nextSessionId = 1;
/** This turn's messages, by conversation, when nothing stores them. */
let turn = new Map<string, Outgoing[]>();

const store = values["store-messages"] ? await openStore(String(values["data-dir"])) : undefined;

/**
 * Parley's SQLite message store; a committed batch is delivered as the server delivers one. Loaded
 * only here, so the plain floor carries none of the server's code.
 */
async function openStore(dataDir: string): Promise<MessageStore<Outgoing>> {
  const { MessageStore, openSqliteStore } = await import("@parley/server");
  mkdirSync(dataDir, { recursive: true });
  const opened = openSqliteStore(join(dataDir, "floor"));
  await opened.open();
  return new MessageStore<Outgoing>(opened.messages, (batch, error) => {
    if (error) throw error;
    const byConversation = new Map<string, Outgoing[]>();
    for (const { ticket } of batch) {
      const list = byConversation.get(ticket.conversation);
      if (list) list.push(ticket);
      else byConversation.set(ticket.conversation, [ticket]);
    }
    for (const list of byConversation.values()) deliver(list);
  });
}

/** Writes one conversation's messages of a turn: the same bytes to every recipient, the sender's own with its request id. */
function deliver(items: Outgoing[]): void {
  const offsets: number[] = [];
  const all = encodeFrames(
    items.map(({ message }) => ({ message })),
    offsets,
  );
  const own = new Map<Client, number[]>();
  items.forEach(({ from }, i) => {
    const list = own.get(from);
    if (list) list.push(i);
    else own.set(from, [i]);
  });
  for (const client of items[0]!.to) {
    const mine = own.get(client);
    if (!mine) {
      client.socket.write(all);
      continue;
    }
    client.socket.cork();
    let from = 0;
    for (const i of mine) {
      if (i > from) client.socket.write(all.subarray(offsets[from]!, offsets[i]!));
      client.socket.write(frameBytes(frameBody(all, offsets[i]!, offsets[i + 1]!), items[i]!.requestId));
      from = i + 1;
    }
    if (from < items.length) client.socket.write(all.subarray(offsets[from]!));
    client.socket.uncork();
  }
}

function deliverTurn(): void {
  const due = turn;
  turn = new Map();
  for (const items of due.values()) deliver(items);
}

function send(outgoing: Outgoing, sentAtMs: number): void {
  if (store) {
    // As a SendMessage does: a message whose client id the store already holds is not stored again.
    const { conversation, message, from } = outgoing;
    const sender = from.member.nick!;
    if (store.findByClientId(conversation, sender, message.clientMsgId ?? "") !== undefined) return;
    store.append(conversation, message, sentAtMs, outgoing, sender);
    return;
  }
  outgoing.message.sentAtMs = sentAtMs;
  if (turn.size === 0) setImmediate(deliverTurn);
  const list = turn.get(outgoing.conversation);
  if (list) list.push(outgoing);
  else turn.set(outgoing.conversation, [outgoing]);
}

function flushPresence(): void {
  for (const [client, frames] of presenceWaiting)
    client.socket.write(frames.length === 1 ? frames[0]! : Buffer.concat(frames));
  presenceWaiting.clear();
}

function joinRoom(client: Client, room: string, out: Uint8Array[]): void {
  const members = rooms.get(room) ?? new Set<Client>();
  rooms.set(room, members);
  members.add(client);
  const page: Member[] = [];
  for (const m of members) if (page.push(m.member) === MEMBERS_IN_JOINED) break;
  out.push(encodeFrame({ joined: { room, members: page } }));
  out.push(encodeFrame({ history: { room, messages: [], hasMore: false } }));
  const { nick, sessionId } = client.member;
  const presence = encodeFrame({
    presence: { kind: PresenceKind.PRESENCE_KIND_JOIN, room, nick, atMs: Date.now(), sessionId },
  });
  // A flush is already set for whatever waits; the first to wait sets the next.
  const firstToWait = presenceWaiting.size === 0;
  for (const other of members) {
    if (other === client) continue;
    const waiting = presenceWaiting.get(other);
    if (waiting) waiting.push(presence);
    else presenceWaiting.set(other, [presence]);
  }
  if (firstToWait && presenceWaiting.size > 0) setTimeout(flushPresence, PRESENCE_FLUSH_MS);
}

const server = createServer({ noDelay: true }, (socket) => {
  const decoder = new FrameDecoder();
  const client: Client = { socket, member: { nick: "", sessionId: nextSessionId++ } };
  const joined: string[] = [];
  socket.on("data", (chunk: Buffer) => {
    const out: Uint8Array[] = [];
    for (const body of decoder.push(chunk)) {
      const { requestId, hello, login, sendMessage } = decodeEnvelope(body);
      if (sendMessage) {
        const { room, toNick, text, clientMsgId } = sendMessage;
        const to = room ? rooms.get(room) : byNick.get(toNick ?? "");
        if (!to) continue;
        const message = { room, toNick, text, clientMsgId, fromNick: client.member.nick, kind: 1 };
        const conversation = room || `@${[client.member.nick, toNick].sort().join(" ")}`;
        const recipients = to instanceof Set ? to : [client, to];
        send({ from: client, requestId, to: recipients, conversation, message }, Date.now());
      } else if (hello) {
        const { sessionId } = client.member;
        const welcome = { sessionId, serverName: "floor", protocolVersion: 1, defaultRoom: "lobby" };
        out.push(encodeFrame({ requestId, welcome: { ...welcome, serverTimeMs: Date.now() } }));
      } else if (login) {
        client.member.nick = login.nick ?? "";
        byNick.set(client.member.nick, client);
        out.push(encodeFrame({ requestId, loggedIn: client.member }));
        for (const { room } of login.rooms ?? []) {
          joined.push(room ?? "lobby");
          joinRoom(client, room ?? "lobby", out);
        }
      }
    }
    if (out.length > 0) socket.write(out.length === 1 ? out[0]! : Buffer.concat(out));
  });
  socket.on("error", () => socket.destroy());
  socket.on("close", () => {
    for (const room of joined) rooms.get(room)?.delete(client);
    if (byNick.get(client.member.nick!) === client) byNick.delete(client.member.nick!);
    presenceWaiting.delete(client);
  });
});
server.listen(Number(values.port ?? 0), typeof values.host === "string" ? values.host : "127.0.0.1", () => {
  console.log(JSON.stringify({ msg: "listening", port: (server.address() as { port: number }).port }));
});
process.on("SIGTERM", () => process.exit(0));
