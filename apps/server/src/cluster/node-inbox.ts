// The node's side of the backplane: what other nodes send is delivered to this node's own members
// through the room directory, and operators' commands are applied to this node's own sessions.
import { ErrorCode, encodeFrame, PresenceKind } from "@parley/protocol";
import type { ServerContext } from "../context.js";
import type { ChatSession } from "../handlers/handler.js";
import type { Room } from "../state/rooms.js";
import type { NodeInbox, SessionRecord } from "./backplane.js";
import { applyCommand } from "./commands.js";

export function nodeInbox(ctx: ServerContext): NodeInbox {
  return {
    roomMessages(publication) {
      const { firstSeq, lastSeq, frames } = publication;
      ctx.messages.noteCommitted(publication.room, lastSeq);
      ctx.roomOrder?.offer(publication.room, {
        firstSeq,
        lastSeq,
        deliver(covered) {
          const room = covered ? undefined : ctx.rooms.get(publication.room);
          if (room)
            ctx.stats.deliveriesTotal += ctx.rooms.deliverFrames(room, frames, lastSeq - firstSeq + 1);
        },
      });
    },
    roomPresence(names, frame) {
      ctx.remoteMembers?.presence(names, frame, ctx.now());
      const rooms: Room<ChatSession>[] = [];
      for (const name of names) {
        const room = ctx.rooms.get(name);
        if (room) rooms.push(room);
      }
      if (rooms.length) ctx.rooms.presenceFromElsewhere(rooms, frame);
    },
    command(command) {
      applyCommand(ctx, command);
    },
    resync() {
      ctx.roomOrder?.resync();
    },
    nodeDied(sessions) {
      // It may have died between a commit and its publication: those seqs are in the store.
      ctx.roomOrder?.resync();
      // This node alone mourns them: its own members hear it here, the other nodes' through the bus.
      for (const session of sessions) {
        const rooms = roomsLeft(ctx, session);
        if (rooms.length === 0) continue;
        const frame = encodeFrame({
          presence: {
            kind: PresenceKind.PRESENCE_KIND_QUIT,
            nick: session.nick,
            reason: NODE_LOST,
            atMs: ctx.now(),
            sessionId: session.id,
          },
        });
        this.roomPresence(rooms, frame);
        ctx.cluster.presence.publishPresence(rooms, frame);
      }
    },
    sessionsRead(readFromMs) {
      ctx.remoteMembers?.reconcile(ctx.cluster.sessions.elsewhere(), readFromMs);
    },
    declaredDead() {
      for (const session of [...ctx.registry.all()])
        session.close("node declared dead", NODE_LOST, {
          error: {
            code: ErrorCode.ERROR_CODE_SHUTTING_DOWN,
            message: "this server lost contact with the cluster; reconnect",
            fatal: true,
          },
        });
    },
  };
}

/**
 * The rooms a dead node's session leaves as a person: all of them for a guest; for an account, those
 * where none of its other clients (here, or on another live node) is.
 */
function roomsLeft(ctx: ServerContext, session: SessionRecord): string[] {
  const { account } = session;
  if (!account) return session.rooms;
  const others = ctx.cluster.sessions.ofAccount(account).filter((record) => record.nodeId !== session.nodeId);
  return session.rooms.filter(
    (name) =>
      !(ctx.rooms.get(name)?.accountClients.get(account) ?? 0) &&
      !others.some((record) => record.rooms.includes(name)),
  );
}

/** The QUIT reason members see for sessions of a node that stopped answering. */
export const NODE_LOST = "server node lost";
