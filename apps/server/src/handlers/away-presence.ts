// A person's away state as others see it: away only when every client of the account is away (a guest
// has one), told to everyone sharing a room with any of them as one AWAY or BACK presence when it
// changes, and to a direct message's sender once per away period.
import { PresenceKind } from "@parley/protocol";
import type { SessionRecord } from "../cluster/backplane.js";
import { type AwayState, latestAway, personAway } from "../state/away.js";
import { presenceFrame } from "../state/presence-frame.js";
import type { ChatSession } from "./handler.js";
import { clientsOf } from "./user-lookup.js";

/** The person `user` is away as (see personAway), or undefined when not away. */
export function awayOf(user: ChatSession): AwayState | undefined {
  return personAway(clientsOf(user));
}

/**
 * The person's away message now ("" when not away): what announceAwayChange compares with. In a
 * cluster its clients on other nodes (`elsewhere`) count too.
 */
export function awayMessageOf(
  clients: readonly ChatSession[],
  elsewhere: readonly SessionRecord[] = [],
): string {
  if (elsewhere.length === 0) return personAway(clients)?.message ?? "";
  return latestAway(awayViews(clients, elsewhere))?.message ?? "";
}

/**
 * The clients of `user`'s account on the other nodes of a cluster, as the last heartbeat (or a
 * login's look-up) saw them; none for a guest, or on a node alone.
 */
export function clientsElsewhere(user: ChatSession): readonly SessionRecord[] {
  return user.account ? user.ctx.cluster.sessions.ofAccount(user.account) : [];
}

/**
 * Tells everyone sharing a room with the person whose online clients are `clients` here and
 * `elsewhere` (on other nodes) that it went away or came back, when its away message differs from
 * `before` (a client set or cleared its own, logged in or left). The presence names the person's
 * earliest client here (else one elsewhere), as member lists do.
 */
export function announceAwayChange(
  ctx: ChatSession["ctx"],
  clients: readonly ChatSession[],
  before: string,
  elsewhere: readonly SessionRecord[] = [],
): void {
  const message = awayMessageOf(clients, elsewhere);
  const first = clients[0] ?? elsewhere[0];
  if (message === before || !first) return;
  const frame = presenceFrame({
    kind: message ? PresenceKind.PRESENCE_KIND_AWAY : PresenceKind.PRESENCE_KIND_BACK,
    nick: first.nick,
    reason: message,
    atMs: ctx.now(),
    sessionId: first.id,
  });
  if (clients.length > 0) ctx.rooms.sendPresenceToPeersOfAll(clients, frame);
  // Rooms only its clients elsewhere are in: their members here and on the other nodes.
  const covered = new Set<string>();
  for (const client of clients) for (const room of ctx.rooms.roomsOf(client)) covered.add(room.name);
  const remote = [...new Set(elsewhere.flatMap((record) => record.rooms))].filter(
    (room) => !covered.has(room),
  );
  if (remote.length === 0) return;
  ctx.rooms.presenceFromElsewhere(
    remote.flatMap((name) => ctx.rooms.get(name) ?? []),
    frame,
  );
  ctx.cluster.presence.publishPresence(remote, frame);
}

/** Away states of clients here and records of clients elsewhere, as latestAway takes them. */
function awayViews(clients: readonly ChatSession[], elsewhere: readonly SessionRecord[]) {
  return [
    ...clients.map(({ away }) => ({ message: away.message, sinceMs: away.sinceMs })),
    ...elsewhere.map((record) => ({ message: record.awayMessage ?? "", sinceMs: record.awaySinceMs ?? 0 })),
  ];
}

/**
 * Tells `sender` that the person its direct message goes to (`recipients` here and `elsewhere` on the
 * other nodes of a cluster: every client of it; `person` its party) is away, the first time in this
 * away period (IRC's RPL_AWAY, sent once rather than on every message); an event, so request_id 0.
 */
export function tellAway(
  sender: ChatSession,
  recipients: readonly ChatSession[],
  elsewhere: readonly SessionRecord[] = [],
  person = "",
): void {
  if (elsewhere.length === 0) {
    const away = personAway(recipients);
    if (!away?.tell(sender.party)) return;
    sender.send({ userAway: { nick: recipients[0]!.nick, message: away.message, sinceMs: away.sinceMs } });
    return;
  }
  // Some of its clients are on other nodes, which cannot remember whom they told: the sender does.
  const away = latestAway(awayViews(recipients, elsewhere));
  if (!away || !sender.toldAway.tell(person, away.sinceMs)) return;
  const nick = recipients[0]?.nick ?? elsewhere[0]!.nick;
  sender.send({ userAway: { nick, message: away.message, sinceMs: away.sinceMs } });
}
