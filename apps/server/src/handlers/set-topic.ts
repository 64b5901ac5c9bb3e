// SetTopic: any member may set the topic; it is stored and every member sees TopicChanged.
import { ErrorCode, encodeFrame, hasBidiControl, hasControl } from "@parley/protocol";
import { charLength } from "../names.js";
import { RequestError } from "../request-error.js";
import type { Handler } from "./handler.js";
import { takeRoomEvents } from "./room-events.js";
import { memberRoom } from "./room-lookup.js";

export const setTopic: Handler = {
  needsLogin: true,
  rateLimited: true,
  async run(session, { requestId, setTopic }) {
    const room = memberRoom(session, setTopic?.room);
    const { ctx } = session;
    const topic = (setTopic?.topic ?? "").replace(/[\r\n]+/g, " ");
    if (hasControl(topic) || hasBidiControl(topic)) {
      throw new RequestError(
        ErrorCode.ERROR_CODE_BAD_REQUEST,
        "a topic cannot contain control characters or bidirectional overrides (U+202A–U+202E, U+2066–U+2069)",
      );
    }
    if (charLength(topic) > ctx.config.maxTopicChars) {
      throw new RequestError(
        ErrorCode.ERROR_CODE_MESSAGE_TOO_LONG,
        `a topic has at most ${ctx.config.maxTopicChars} characters`,
      );
    }
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
