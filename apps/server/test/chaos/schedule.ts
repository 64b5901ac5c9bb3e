// The chaos schedule: which client does what, and at which steps the server is killed, stopped or
// asked to kick someone, as a pure function of the seed. Timing of real processes varies between
// runs; this sequence never does.
import { Prng } from "./prng.js";

/** What one client does at one step. */
export type Action =
  /** Connect (or reconnect), log in resuming every room it is in, then resend what is unconfirmed. */
  | {
      type: "connect";
      /** Resend unconfirmed messages in the same write as Login, without waiting for the History. */
      pipelineResends: boolean;
    }
  | { type: "send"; room: string; clientMsgId: string; text: string }
  /** The same client_msg_id twice in one write: must be stored once, and both get the stored copy. */
  | { type: "send-twice"; room: string; clientMsgId: string; text: string }
  | { type: "send-direct"; to: string; clientMsgId: string; text: string }
  /** SendMessage then Quit in one write: the ack must still arrive before the close. */
  | { type: "send-quit"; room: string; clientMsgId: string; text: string }
  /** SendMessage then an abrupt close: the message is resent (same id) after reconnecting. */
  | { type: "send-drop"; room: string; clientMsgId: string; text: string }
  | { type: "join"; room: string }
  | { type: "leave"; room: string }
  | { type: "fetch"; room: string }
  /** Close the socket abruptly, without Quit. */
  | { type: "drop" };

export type Step =
  | {
      index: number;
      kind: "client";
      client: number;
      action: Action;
      /** The client is deliberately offline (it dropped or quit): sends are queued until it connects. */
      offline: boolean;
    }
  /** SIGKILL the server and start it again on the same data directory. */
  | { index: number; kind: "kill" }
  /** SIGTERM the server (a graceful shutdown) and start it again on the same data directory. */
  | { index: number; kind: "stop" }
  /** An operator kicks the client (no ban); it reconnects at its next step. */
  | { index: number; kind: "kick"; client: number }
  /** Start a second server on the same data directory while the first runs: it must refuse to start. */
  | { index: number; kind: "second-server" };

export interface ScheduleOptions {
  clients: number;
  rooms: number;
  /** Chance, per step, that the server is killed. */
  killChance: number;
  /** The first kill comes by this step at the latest, so even a short or slow run has one. */
  firstKillByStep: number;
  /** Chance, per step, of a graceful restart (SIGTERM). */
  stopChance: number;
  /** The first graceful restart comes by this step at the latest. */
  firstStopByStep: number;
  /** Chance, per step, that an operator kicks a client. */
  kickChance: number;
  /** Chance, per step, of starting a second server on the same data directory. */
  secondServerChance: number;
}

export const DEFAULT_SCHEDULE: ScheduleOptions = {
  clients: 8,
  rooms: 3,
  killChance: 1 / 400,
  firstKillByStep: 300,
  stopChance: 1 / 1500,
  firstStopByStep: 1200,
  kickChance: 1 / 300,
  secondServerChance: 1 / 1500,
};

export function clientNick(client: number): string {
  return `c${client}`;
}

export function roomName(room: number): string {
  return `r${room}`;
}

/**
 * An endless schedule: step n is the same for a given seed and options however far it is read. The
 * generator keeps its own picture of each client (online, rooms) so it only asks for actions that
 * make sense, e.g. never to leave a client's last room (a Login with no rooms would join the default).
 */
export function* schedule(seed: number, options: ScheduleOptions = DEFAULT_SCHEDULE): Generator<Step> {
  const rng = new Prng(seed);
  const rooms = Array.from({ length: options.rooms }, (_, i) => roomName(i));
  const clients = Array.from({ length: options.clients }, () => ({
    online: false,
    rooms: new Set<string>(),
    sent: 0,
  }));
  let index = 0;
  const firstKillAt = rng.int(options.clients * 3, options.firstKillByStep);
  let killed = false;
  const firstStopAt = rng.int(firstKillAt + 1, Math.max(firstKillAt + 1, options.firstStopByStep));
  let stopped = false;
  // Everyone starts in one or two rooms and connects.
  for (const [i, c] of clients.entries()) {
    c.rooms.add(rng.pick(rooms));
    if (rng.chance(0.5)) c.rooms.add(rng.pick(rooms));
    for (const room of c.rooms)
      yield { index: index++, kind: "client", client: i, action: { type: "join", room }, offline: true };
    c.online = true;
    yield {
      index: index++,
      kind: "client",
      client: i,
      action: { type: "connect", pipelineResends: false },
      offline: true,
    };
  }
  for (;;) {
    if (rng.chance(options.killChance) || (!killed && index >= firstKillAt)) {
      killed = true;
      yield { index: index++, kind: "kill" };
      continue;
    }
    if (rng.chance(options.stopChance) || (!stopped && index >= firstStopAt)) {
      stopped = true;
      yield { index: index++, kind: "stop" };
      continue;
    }
    if (rng.chance(options.kickChance)) {
      yield { index: index++, kind: "kick", client: rng.int(0, clients.length - 1) };
      continue;
    }
    if (rng.chance(options.secondServerChance)) {
      yield { index: index++, kind: "second-server" };
      continue;
    }
    const client = rng.int(0, clients.length - 1);
    const c = clients[client]!;
    const nick = clientNick(client);
    const message = () => {
      const clientMsgId = `${nick}-${++c.sent}`;
      return { clientMsgId, text: `${clientMsgId} at step ${index}` };
    };
    const mine = [...c.rooms];
    let action: Action;
    if (!c.online) {
      if (rng.chance(0.4)) {
        c.online = true;
        action = { type: "connect", pipelineResends: rng.chance(0.5) };
      } else {
        action = { type: "send", room: rng.pick(mine), ...message() };
      }
      yield { index: index++, kind: "client", client, action, offline: true };
      continue;
    }
    const kind = rng.weighted({
      send: 50,
      "send-twice": 4,
      "send-direct": 8,
      "send-quit": 2,
      "send-drop": 3,
      join: 5,
      leave: 4,
      fetch: 5,
      drop: 3,
    });
    switch (kind) {
      case "send":
      case "send-twice":
      case "send-quit":
      case "send-drop":
        action = { type: kind, room: rng.pick(mine), ...message() };
        break;
      case "send-direct": {
        const others = clients.map((_, i) => i).filter((i) => i !== client);
        action = { type: kind, to: clientNick(rng.pick(others)), ...message() };
        break;
      }
      case "join": {
        // Joining a room already joined is left open by the protocol; only join new ones.
        const others = rooms.filter((r) => !c.rooms.has(r));
        if (others.length === 0) {
          action = { type: "fetch", room: rng.pick(mine) };
          break;
        }
        const room = rng.pick(others);
        c.rooms.add(room);
        action = { type: "join", room };
        break;
      }
      case "leave": {
        if (mine.length < 2) {
          action = { type: "fetch", room: mine[0]! };
          break;
        }
        const room = rng.pick(mine);
        c.rooms.delete(room);
        action = { type: "leave", room };
        break;
      }
      case "fetch":
        action = { type: "fetch", room: rng.pick(mine) };
        break;
      case "drop":
        action = { type: "drop" };
        break;
    }
    if (action.type === "drop" || action.type === "send-quit" || action.type === "send-drop")
      c.online = false;
    yield { index: index++, kind: "client", client, action, offline: false };
  }
}
