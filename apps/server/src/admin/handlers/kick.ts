// AdminKick → AdminKickResult: close every session of a session id, nick, account or address after sending it
// Kicked (reason, by, ban end), optionally banning the nick(s), address(es) and account(s) first so an
// immediate reconnect is already refused. A dry run reports the same sessions and bans and changes nothing.
import { type Ban, type Envelope, pb, type SessionInfo } from "@parley/protocol";
import type { ClusterCommand, SessionMatch } from "../../cluster/backplane.js";
import { kickSessions, matchingSessions } from "../../cluster/commands.js";
import { encodedSize, entryBytes, fitPage, pageBudget } from "../../paging.js";
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

  // Bans: the nick, the address and the account all by default, so neither a new nick, a new address
  // nor a new connection of the account alone gets back in; any of ban_nick, ban_address and ban_account
  // narrows it to those set. An account is banned by its name (a nick it owns: logging in to it needs
  // that nick). Targets come from the request itself when it names a nick, an account or an address
  // (so an offline nick can be banned too), else from the sessions hit.
  const banPermanent = !!adminKick?.banPermanent;
  const banDurationMs = Number(adminKick?.banDurationMs ?? 0);
  const banning = banPermanent || banDurationMs > 0;
  const planned: { nick: string; address: string }[] = [];
  let untilMs = 0;
  if (banning) {
    untilMs = banUntilMs(now, banDurationMs, banPermanent, ctx.config.maxBanDurationMs);
    const any = !!adminKick?.banNick || !!adminKick?.banAddress || !!adminKick?.banAccount;
    const banNick = !any || !!adminKick?.banNick;
    const banAddress = !any || !!adminKick?.banAddress;
    const banAccount = !any || !!adminKick?.banAccount;
    const nicks = new Set<string>();
    const addresses = new Set<string>();
    if (banNick) {
      if (targetNick && adminKick?.target === "nick") nicks.add(targetNick);
      for (const session of victims) if (session.foldedNick) nicks.add(session.foldedNick);
    }
    if (banAccount || (banNick && adminKick?.target === "account")) {
      if (targetNick && adminKick?.target === "account") nicks.add(targetNick);
      for (const session of victims) if (session.account) nicks.add(session.account);
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

  // Described before the kick, while the sessions are still in their rooms.
  const listed = listedSessions(ctx.config.maxFrameBytes, victims);
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
    return kickResult(listed, victims.length, bans, dryRun);
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
  return kickResult(listed, victims.length, bans, dryRun);
};

const sessionSize = encodedSize<SessionInfo>(pb.SessionInfo);
const banSize = encodedSize<Ban>(pb.Ban);

/** The largest the reply's counts can make it: a uint32 takes at most 5 bytes. */
const RESULT_SHELL: Envelope = {
  adminKickResult: { dryRun: true, sessionsMatched: 0xffffffff, bansMade: 0xffffffff },
};

/**
 * The reply is held to one frame like a page of a list: the sessions hit first, as many as fit (each
 * described only once reached), then the bans in what is left (kickResult); the totals count them all,
 * so a kick by address that hits thousands of sessions still gets its answer, and `closed` and `bans`
 * list the rest.
 */
function listedSessions(
  maxFrameBytes: number,
  victims: readonly { info(): SessionInfo }[],
): { sessions: SessionInfo[]; budgetLeft: number } {
  const infos = (function* () {
    for (const victim of victims) yield victim.info();
  })();
  const { page } = fitPage(infos, sessionSize, pageBudget(maxFrameBytes, RESULT_SHELL));
  const used = page.reduce((sum, info) => sum + entryBytes(sessionSize(info)), 0);
  return { sessions: page, budgetLeft: pageBudget(maxFrameBytes, RESULT_SHELL) - used };
}

/** The reply: the sessions listed, as many bans as fit in what they left, and the totals. */
function kickResult(
  listed: { sessions: SessionInfo[]; budgetLeft: number },
  sessionsMatched: number,
  bans: Ban[],
  dryRun: boolean,
): Envelope {
  const shown = fitPage(bans, banSize, listed.budgetLeft).page;
  return {
    adminKickResult: {
      dryRun,
      sessionsMatched,
      bansMade: bans.length,
      sessions: listed.sessions,
      bans: shown,
    },
  };
}
