// Nicks and addresses as admin requests name them, checked and brought to the form sessions and bans
// store (case-folded nick, normalised address), plus their wording in audit entries.
import { isIP } from "node:net";
import { type Ban, ErrorCode, formatInstant } from "@parley/protocol";
import { foldName } from "../names.js";
import { formatAddressRange, parseAddressRange } from "../net/address-range.js";
import { normalizeAddress } from "../net/transport.js";
import { RequestError } from "../request-error.js";

/** The case-folded nick a ban or kick is keyed on. */
export function nickKey(nick: string | null | undefined): string {
  const folded = foldName((nick ?? "").trim());
  if (folded === "") throw new RequestError(ErrorCode.ERROR_CODE_BAD_REQUEST, "the nick is empty");
  return folded;
}

/** A literal IP address, IPv4-mapped IPv6 unwrapped and lower-cased, as sessions record it. */
export function addressKey(address: string | null | undefined): string {
  const normalized = normalizeAddress((address ?? "").trim().toLowerCase());
  if (isIP(normalized) === 0)
    throw new RequestError(ErrorCode.ERROR_CODE_BAD_REQUEST, `"${address ?? ""}" is not an IP address`);
  return normalized;
}

/** An address or a CIDR range for a ban, in the one written form bans are stored and matched in. */
export function addressRangeKey(text: string | null | undefined): string {
  const range = parseAddressRange(text ?? "");
  if (!range)
    throw new RequestError(
      ErrorCode.ERROR_CODE_BAD_REQUEST,
      `"${text ?? ""}" is not an IP address or CIDR range (such as 10.0.0.0/8 or 2001:db8::/32)`,
    );
  return formatAddressRange(range);
}

/** "nick bob until 2026-11-22T02:10:00.000Z" / "address 10.0.0.7 permanently". Never throws. */
export function describeBan(ban: Ban): string {
  const what = ban.nick ? `nick ${ban.nick}` : `address ${ban.address}`;
  return `${what} ${describeBanEnd(Number(ban.untilMs ?? 0))}`;
}

/** "until 2026-11-22T02:10:00.000Z", or "permanently" for 0. Never throws, whatever is stored. */
export function describeBanEnd(untilMs: number): string {
  return untilMs ? `until ${formatInstant(untilMs)}` : "permanently";
}

/**
 * The end of a ban asked for as a duration or as permanent (0), checked against maxBanDurationMs:
 * a longer one is refused here, before anything is stored, instead of becoming a date no one can write.
 */
export function banUntilMs(
  nowMs: number,
  durationMs: number,
  permanent: boolean,
  maxDurationMs: number,
): number {
  if (permanent) return 0;
  if (!Number.isSafeInteger(durationMs) || durationMs <= 0)
    throw new RequestError(ErrorCode.ERROR_CODE_BAD_REQUEST, "a timed ban needs a positive duration");
  if (durationMs > maxDurationMs)
    throw new RequestError(
      ErrorCode.ERROR_CODE_BAD_REQUEST,
      `a ban lasts at most ${Math.floor(maxDurationMs / 86_400_000)} days (maxBanDurationMs ${maxDurationMs}); ask for a permanent ban instead`,
    );
  return nowMs + durationMs;
}
