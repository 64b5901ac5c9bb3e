// A long room for the scrolling figure: messages stored through one bench connection before the client
// starts, labelled in order, some long enough to wrap over several rows.
import { ParleyClient } from "../clients/parley.js";
import type { ChatSink } from "../clients/types.js";

/** Requests in flight at once while filling. */
const WINDOW = 64;

/** The label message `i` (0-based) starts with: the first one stored is `historyLabel(0)`. */
export function historyLabel(i: number): string {
  return `h${String(i).padStart(6, "0")}`;
}

/** Message `i`'s text: its label, then filler; every 7th is about 300 characters, so it wraps. */
export function historyText(i: number): string {
  const filler =
    i % 7 === 0 ? "a long line that wraps over several rows of the message pane ".repeat(5) : "history";
  return `${historyLabel(i)} ${filler}`.trimEnd();
}

/** Stores `count` messages in `room` in label order, as nick `filler`. */
export async function fillHistory(port: number, room: string, count: number): Promise<void> {
  const sink: ChatSink = { onChat: () => {}, onLost: () => {}, onServerError: () => {} };
  const client = new ParleyClient({ port, nick: "filler", rooms: [room] }, sink);
  try {
    await client.handshake(30_000);
    let next = 0;
    // One connection, written in label order: the server stores a connection's messages in the order
    // they arrive, so the labels and the room's sequence numbers agree.
    const inFlight = new Set<Promise<unknown>>();
    while (next < count) {
      const request = client.request({
        sendMessage: { room, text: historyText(next), clientMsgId: `fill-${next}` },
      });
      next++;
      inFlight.add(request);
      void request.finally(() => inFlight.delete(request));
      if (inFlight.size >= WINDOW) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
  } finally {
    client.close();
  }
}
