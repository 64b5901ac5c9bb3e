// What a node does with an operator's command that reached it from another node: the same to its own
// sessions as the node the operator spoke to did to its own.
import { NoticeKind } from "@parley/protocol";
import type { ServerContext } from "../context.js";
import type { Session } from "../session.js";
import type { ClusterCommand, SessionMatch } from "./backplane.js";

/** The open (not closing) sessions on this node that `match` selects. */
export function matchingSessions(ctx: ServerContext, match: SessionMatch): Session[] {
  let matches: (session: Session) => boolean;
  if ("nick" in match) matches = (session) => session.foldedNick === match.nick;
  else if ("address" in match) matches = (session) => session.remoteAddress.toLowerCase() === match.address;
  else if ("account" in match) matches = (session) => session.account === match.account;
  else matches = (session) => session.id === match.sessionId;
  return [...ctx.registry.all()].filter((session) => session.state !== "closing" && matches(session));
}

/**
 * Kicks `victims`: each gets Kicked with the ban end when the kick banned its nick or address, tells
 * its rooms, and closes.
 */
export function kickSessions(
  victims: readonly Session[],
  command: Extract<ClusterCommand, { kind: "kick" }>,
): void {
  const nicks = new Set(command.bannedNicks);
  const addresses = new Set(command.bannedAddresses);
  for (const session of victims) {
    const hit =
      nicks.has(session.foldedNick) ||
      (session.account !== "" && nicks.has(session.account)) ||
      addresses.has(session.remoteAddress.toLowerCase());
    session.kick(command.reason, command.by, hit ? command.banUntilMs : 0, hit && command.banPermanent);
  }
}

/** Applies a command another node broadcast; returns how many local sessions it reached. */
export function applyCommand(ctx: ServerContext, command: ClusterCommand): number {
  switch (command.kind) {
    case "announce":
      return ctx.broadcastNotice(NoticeKind.NOTICE_KIND_ANNOUNCEMENT, command.text);
    case "direct": {
      ctx.messages.noteCommitted(command.conversation, command.seq);
      const { to, echoAccount } = command;
      const recipients =
        "account" in to ? [...ctx.registry.sessionsOf(to.account)] : [ctx.registry.byId(to.sessionId)];
      const echoes = echoAccount ? ctx.registry.sessionsOf(echoAccount) : [];
      let frame: Buffer | undefined;
      let delivered = 0;
      for (const session of recipients) {
        if (session?.state !== "online") continue;
        frame ??= Buffer.from(command.frame, "base64");
        session.sendFrame(frame);
        session.messagesOut++;
        delivered++;
      }
      for (const session of echoes) {
        if (session.state !== "online") continue;
        frame ??= Buffer.from(command.frame, "base64");
        session.sendFrame(frame);
      }
      ctx.stats.deliveriesTotal += delivered;
      return delivered;
    }
    case "bans-added":
      ctx.bans.adopt(command.bans);
      return 0;
    case "account-changed":
      void Promise.resolve()
        .then(() => ctx.accounts.refresh(command.name))
        .catch((error: unknown) =>
          ctx.logger.error({ err: error, account: command.name }, "reading a changed account failed"),
        );
      return 0;
    case "bans-removed":
      ctx.bans.forget(command.ids);
      return 0;
    case "kick": {
      const victims = matchingSessions(ctx, command.match);
      kickSessions(victims, command);
      if (victims.length)
        ctx.logger.info(
          { sessions: victims.map((s) => s.id), by: command.by },
          "kicked on another node's order",
        );
      return victims.length;
    }
  }
}
