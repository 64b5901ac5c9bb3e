// Read markers: SetReadMarker stores how far an account has read a room or a direct conversation and
// tells the account's other clients; at login, the unread counts those markers give.
import { ErrorCode, encodeFrame, type parley, type Unread } from "@parley/protocol";
import { canonicalRoom, foldName } from "../names.js";
import { RequestError } from "../request-error.js";
import { directConversation } from "../store/store.js";
import type { ChatSession, Handler } from "./handler.js";
import { onlineClients, partyOfNick } from "./user-lookup.js";

export const setReadMarker: Handler = {
  needsLogin: true,
  rateLimited: true,
  async run(session, { requestId, setReadMarker: request }) {
    const { ctx } = session;
    if (!session.account)
      throw new RequestError(
        ErrorCode.ERROR_CODE_BAD_REQUEST,
        "read markers are kept for accounts: log in to one (or register your nick)",
      );
    const { conversation, shown } = await markerConversation(session, request ?? {});
    // A marker past the conversation's end would hide messages not written yet. In a cluster the end
    // is the store's: another node may have committed what this one has not heard of.
    const stored = ctx.cluster.solo
      ? undefined
      : await ctx.messages.storedSeqsOf(session.party, [conversation]);
    const end = Math.max(ctx.messages.committedSeq(conversation), stored?.get(conversation) ?? 0);
    const seq = Math.min(Number(request?.seq ?? 0), end);
    await ctx.store.readMarkers.set(
      session.account,
      conversation,
      seq,
      ctx.now(),
      ctx.config.maxReadMarkersPerAccount,
    );
    session.send({ requestId, ok: {} });
    const others = onlineClients(session, session.account);
    if (others.length === 0) return;
    const frame = encodeFrame({ readMarker: { ...shown, seq } });
    for (const other of others) other.sendFrame(frame);
  },
};

/** The stored key of the conversation a marker names, and how it is named to the account's clients. */
async function markerConversation(
  session: ChatSession,
  request: parley.v1.IReadMarker,
): Promise<{ conversation: string; shown: { room: string } | { withNick: string } }> {
  const { ctx } = session;
  if (request.room) {
    const room = canonicalRoom(request.room, ctx.config.maxRoomNameChars);
    if (!room || !ctx.rooms.get(room))
      throw new RequestError(ErrorCode.ERROR_CODE_NO_SUCH_ROOM, `no room "${request.room}"`);
    return { conversation: room, shown: { room } };
  }
  if (request.withNick) {
    const party = await partyOfNick(session, request.withNick);
    if (!party) throw new RequestError(ErrorCode.ERROR_CODE_NO_SUCH_USER, `no user "${request.withNick}"`);
    return { conversation: directConversation(session.party, party), shown: { withNick: request.withNick } };
  }
  throw new RequestError(ErrorCode.ERROR_CODE_BAD_REQUEST, "a read marker needs a room or a nick");
}

/**
 * The account's unread conversations for LoggedIn: rooms it has a marker in, and every direct conversation with another account (one never read counts from its start),
 * each with messages after the marker. Rooms never marked are left out: their whole history is not
 * news. Guests' conversations are live only and are not listed.
 */
export async function unreadAtLogin(session: ChatSession): Promise<Unread[]> {
  const { ctx } = session;
  const markers = await ctx.store.readMarkers.of(session.account);
  // In a cluster the other nodes commit to the same store: each conversation's end is read from it.
  const rooms = [...markers.keys()].filter((conversation) => !conversation.startsWith("@"));
  const stored = ctx.cluster.solo ? undefined : await ctx.messages.storedSeqsOf(session.party, rooms);
  const unread: Unread[] = [];
  const count = (conversation: string, name: { room: string } | { withNick: string }) => {
    const lastSeq = Math.max(ctx.messages.committedSeq(conversation), stored?.get(conversation) ?? 0);
    const readSeq = Math.min(markers.get(conversation) ?? 0, lastSeq);
    if (lastSeq > readSeq) unread.push({ ...name, readSeq, count: lastSeq - readSeq, lastSeq });
  };
  for (const conversation of rooms) count(conversation, { room: conversation });
  for (const { conversation, other } of ctx.messages.directConversationsOf(session.party)) {
    if (!other.startsWith("~")) continue;
    const name = other.slice(1);
    count(conversation, { withNick: ctx.accounts.get(foldName(name))?.display ?? name });
  }
  return unread;
}
