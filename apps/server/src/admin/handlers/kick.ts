// AdminKick → AdminKickResult: close every session of a session id, nick or address after sending it
// Kicked (reason, by, ban end), optionally banning the nick(s) and/or address(es) first so an immediate
// reconnect is already refused. A dry run reports the same sessions and bans and changes nothing.
import type { Ban, SessionInfo } from "@parley/protocol";
import type { Session } from "../../session.js";
import { type AdminHandler, operatorName, reasonText } from "../request.js";
import { addressKey, describeBan, nickKey } from "../targets.js";

export const kick: AdminHandler = ({ ctx, audit, peer }, { adminKick }) => {
  const by = operatorName(adminKick?.by);
  const reason = reasonText(adminKick?.reason);
  const dryRun = !!adminKick?.dryRun;
  const now = ctx.now();

  let target: string;
  let matches: (session: Session) => boolean;
  let targetNick: string | undefined;
  let targetAddress: string | undefined;
  if (adminKick?.target === "nick") {
    targetNick = nickKey(adminKick.nick);
    target = `nick ${targetNick}`;
    matches = (session) => session.foldedNick === targetNick;
  } else if (adminKick?.target === "address") {
    targetAddress = addressKey(adminKick.address);
    target = `address ${targetAddress}`;
    matches = (session) => session.remoteAddress.toLowerCase() === targetAddress;
  } else {
    const id = Number(adminKick?.sessionId ?? 0);
    target = `session ${id}`;
    matches = (session) => session.id === id;
  }
  const victims = [...ctx.registry.all()].filter(
    (session) => session.state !== "closing" && matches(session),
  );

  // Bans: the nick by default; the address when asked. Targets come from the request itself when it
  // names a nick or an address (so an offline nick can be banned too), else from the sessions hit.
  const bans: Ban[] = [];
  const banDurationMs = Number(adminKick?.banDurationMs ?? 0);
  if (banDurationMs > 0) {
    const banNick = !!adminKick?.banNick || !adminKick?.banAddress;
    const banAddress = !!adminKick?.banAddress;
    const untilMs = now + banDurationMs;
    const nicks = new Set<string>();
    const addresses = new Set<string>();
    if (banNick) {
      if (targetNick) nicks.add(targetNick);
      for (const session of victims) if (session.foldedNick) nicks.add(session.foldedNick);
    }
    if (banAddress) {
      if (targetAddress) addresses.add(targetAddress);
      for (const session of victims)
        if (session.remoteAddress) addresses.add(session.remoteAddress.toLowerCase());
    }
    const planned = [
      ...[...nicks].map((nick) => ({ nick, address: "" })),
      ...[...addresses].map((address) => ({ nick: "", address })),
    ];
    for (const ban of planned) {
      bans.push(
        dryRun
          ? { id: 0, ...ban, reason, by, createdAtMs: now, untilMs }
          : ctx.bans.add({ ...ban, reason, by, untilMs }, now),
      );
    }
  }

  const sessions: SessionInfo[] = victims.map((session) => session.info());
  if (!dryRun) {
    for (const session of victims) {
      const banUntilMs = bans
        .filter(
          (ban) => ban.nick === session.foldedNick || ban.address === session.remoteAddress.toLowerCase(),
        )
        .reduce((latest, ban) => Math.max(latest, Number(ban.untilMs ?? 0)), 0);
      session.kick(reason, by, banUntilMs);
    }
    const kicked = victims.length
      ? `kicked ${victims.length} session(s) (${victims.map((s) => s.id).join(", ")})`
      : "no session matched";
    const banned = bans.map((ban) => `; banned ${describeBan(ban)}`).join("");
    audit.record(now, { action: "kick", target, result: `${kicked}${banned}`, by }, { peer, reason });
  }
  return { adminKickResult: { sessions, bans, dryRun } };
};
