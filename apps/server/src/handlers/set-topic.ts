// SetTopic: any member may set the topic; it is stored and every member sees TopicChanged.
import { encodeFrame } from "@parley/protocol";
import type { Handler } from "./handler.js";
import { lineText } from "./line-text.js";
import { takeRoomEvents } from "./room-events.js";
import { memberRoom } from "./room-lookup.js";

export const setTopic: Handler = {
  needsLogin: true,
  rateLimited: true,
  async run(session, { requestId, setTopic }) {
    const room = memberRoom(session, setTopic?.room);
    const { ctx } = session;
    const topic = lineText(setTopic?.topic ?? "", ctx.config.maxTopicChars, "a topic");
    takeRoomEvents(session, [room]);
    const now = ctx.now();
    // Stored first: a topic the store refused is not announced.
    await ctx.store.rooms.setTopic(room.name, topic, session.nick, now);
    room.topic = topic;
    room.topicBy = session.nick;
    room.topicAtMs = now;
    session.send({ requestId, ok: {} });
    ctx.rooms.send(
      room,
      encodeFrame({ topicChanged: { room: room.name, topic, byNick: session.nick, atMs: now } }),
    );
  },
};
