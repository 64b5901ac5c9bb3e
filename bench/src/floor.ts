// The "floor" target: the least a Node server can do and still give Parley's handshake, to show what
// the protocol itself costs next to the relay. No checks, limits, store or session state: Hello gets a
// Welcome, Login a LoggedIn, a Joined (up to 100 members), an empty History and a presence frame to the room.
import { createServer, type Socket } from "node:net";
import { parseArgs } from "node:util";
import { decodeEnvelope, encodeFrame, FrameDecoder, type Member, PresenceKind } from "@parley/protocol";

/** Members listed in Joined, as Parley's first page (memberPageSize). */
const MEMBERS_IN_JOINED = 100;
/** Presence waits this long to be written with other presence, as Parley's presenceFlushMs. */
const PRESENCE_FLUSH_MS = 20;

// Parley's own flags are passed too (the bench starts this as it starts parley-server); only these count.
const { values } = parseArgs({
  options: { host: { type: "string" }, port: { type: "string" } },
  strict: false,
});
const rooms = new Map<string, Map<Socket, Member>>();
const presenceWaiting = new Map<Socket, Uint8Array[]>();
let nextSessionId = 1;

function flushPresence(): void {
  for (const [socket, frames] of presenceWaiting)
    socket.write(frames.length === 1 ? frames[0]! : Buffer.concat(frames));
  presenceWaiting.clear();
}

function join(socket: Socket, member: Member, room: string, out: Uint8Array[]): Map<Socket, Member> {
  const members = rooms.get(room) ?? new Map<Socket, Member>();
  rooms.set(room, members);
  members.set(socket, member);
  const page: Member[] = [];
  for (const m of members.values()) if (page.push(m) === MEMBERS_IN_JOINED) break;
  out.push(encodeFrame({ joined: { room, members: page } }));
  out.push(encodeFrame({ history: { room, messages: [], hasMore: false } }));
  const presence = encodeFrame({
    presence: {
      kind: PresenceKind.PRESENCE_KIND_JOIN,
      room,
      nick: member.nick,
      atMs: Date.now(),
      sessionId: member.sessionId,
    },
  });
  // A flush is already set for whatever waits; the first to wait sets the next.
  const firstToWait = presenceWaiting.size === 0;
  for (const other of members.keys()) {
    if (other === socket) continue;
    const waiting = presenceWaiting.get(other);
    if (waiting) waiting.push(presence);
    else presenceWaiting.set(other, [presence]);
  }
  if (firstToWait && presenceWaiting.size > 0) setTimeout(flushPresence, PRESENCE_FLUSH_MS);
  return members;
}

const server = createServer({ noDelay: true }, (socket) => {
  const decoder = new FrameDecoder();
  const sessionId = nextSessionId++;
  const joined: Map<Socket, Member>[] = [];
  socket.on("data", (chunk: Buffer) => {
    const out: Uint8Array[] = [];
    for (const body of decoder.push(chunk)) {
      const { requestId, hello, login } = decodeEnvelope(body);
      if (hello) {
        const welcome = {
          sessionId,
          serverName: "floor",
          protocolVersion: 1,
          defaultRoom: "lobby",
          serverTimeMs: Date.now(),
        };
        out.push(encodeFrame({ requestId, welcome }));
      } else if (login) {
        const member = { nick: login.nick, sessionId };
        out.push(encodeFrame({ requestId, loggedIn: member }));
        for (const { room } of login.rooms ?? []) joined.push(join(socket, member, room ?? "lobby", out));
      }
    }
    if (out.length > 0) socket.write(out.length === 1 ? out[0]! : Buffer.concat(out));
  });
  socket.on("error", () => socket.destroy());
  socket.on("close", () => {
    for (const members of joined) members.delete(socket);
    presenceWaiting.delete(socket);
  });
});
server.listen(Number(values.port ?? 0), typeof values.host === "string" ? values.host : "127.0.0.1", () => {
  console.log(JSON.stringify({ msg: "listening", port: (server.address() as { port: number }).port }));
});
process.on("SIGTERM", () => process.exit(0));
