// AdminKick → AdminKickResult: close every session of a session id, nick, account or address after sending it
// Kicked (reason, by, ban end), optionally banning the nick(s) and address(es) first so an immediate
// reconnect is already refused. A dry run reports the same sessions and bans and changes nothing.
import type { Ban, SessionInfo } from "@parley/protocol";
import type { ClusterCommand, SessionMatch } from "../../cluster/backplane.js";
import { kickSessions, matchingSessions } from "../../cluster/commands.js";
import { type AdminHandler, operatorName, reasonText } from "../request.js";
import { addressKey, banUntilMs, describeBan, nickKey } from "../targets.js";

export const kick: AdminHandler = async ({ ctx, audit, peer }, { adminKick }) => {
  const by = operatorName(adminKick?.by);
  const reason = reasonText(adminKick?.reason);
  const dryRun = !!adminKick?.dryRun;
  const now = ctx.now();

  let target: string;
  let match: SessionMatch;
  let targetNick: string | undefined;
  let targetAddress: string | undefined;
  if (adminKick?.target === "nick") {
    targetNick = nickKey(adminKick.nick);
    target = `nick ${targetNick}`;
    match = { nick: targetNick };
  } else if (adminKick?.target === "account") {
    // The account's name is a nick it owns: a ban on it refuses the account's logins.
    targetNick = nickKey(adminKick.account);
    target = `account ${targetNick}`;
    match = { account: targetNick };
  } else if (adminKick?.target === "address") {
    targetAddress = addressKey(adminKick.address);
    target = `address ${targetAddress}`;
    match = { address: targetAddress };
  } else {
    const id = Number(adminKick?.sessionId ?? 0);
    target = `session ${id}`;
    match = { sessionId: id };
  }
  const victims = matchingSessions(ctx, match);

  // Bans: the nick and the address both by default, so neither a new nick nor a new address alone gets
  // back in; ban_nick or ban_address alone narrows it. Targets come from the request itself when it
  // names a nick or an address (so an offline nick can be banned too), else from the sessions hit.
  const banPermanent = !!adminKick?.banPermanent;
  const banDurationMs = Number(adminKick?.banDurationMs ?? 0);
  const banning = banPermanent || banDurationMs > 0;
  const planned: { nick: string; address: string }[] = [];
  let untilMs = 0;
  if (banning) {
    untilMs = banUntilMs(now, banDurationMs, banPermanent, ctx.config.maxBanDurationMs);
    const either = !!adminKick?.banNick || !!adminKick?.banAddress;
    const banNick = !either || !!adminKick?.banNick;
    const banAddress = !either || !!adminKick?.banAddress;
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
    planned.push(
      ...[...nicks].map((nick) => ({ nick, address: "" })),
      ...[...addresses].map((address) => ({ nick: "", address })),
    );
  }

  const sessions: SessionInfo[] = victims.map((session) => session.info());
  if (dryRun) {
    const bans: Ban[] = planned.map((ban) => ({
      id: 0,
      ...ban,
      reason,
      by,
      createdAtMs: now,
      untilMs,
      permanent: banPermanent,
    }));
    return { adminKickResult: { sessions, bans, dryRun } };
  }
  const kicked = victims.length
    ? `kicked ${victims.length} session(s) (${victims.map((s) => s.id).join(", ")})`
    : "no session matched";
  // The bans and the audit entry are one transaction; the sessions are closed once both are stored.
  const { bans, entry } = await ctx.bans.add(
    planned.map((ban) => ({ ...ban, reason, by, untilMs })),
    now,
    (stored) => {
      const banned = stored.map((ban) => `; banned ${describeBan(ban)}`).join("");
      return { action: "kick", target, result: `${kicked}${banned}`, by };
    },
  );
  audit.logged(entry, { peer, reason });
  const command: ClusterCommand = {
    kind: "kick",
    match,
    reason,
    by,
    banUntilMs: untilMs,
    banPermanent,
    bannedNicks: bans.filter((ban) => ban.nick).map((ban) => ban.nick!),
    bannedAddresses: bans.filter((ban) => ban.address).map((ban) => ban.address!),
  };
  kickSessions(victims, command);
  // The bans hold on every node, and sessions of the same nick or address on other nodes go too.
  if (bans.length) ctx.cluster.commands.broadcast({ kind: "bans-added", bans });
  ctx.cluster.commands.broadcast(command);
  return { adminKickResult: { sessions, bans, dryRun } };
};
