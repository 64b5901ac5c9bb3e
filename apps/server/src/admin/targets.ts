// Nicks and addresses as admin requests name them, checked and brought to the form sessions and bans
// store (case-folded nick, normalised address), plus their wording in audit entries.
import { isIP } from "node:net";
import { type Ban, ErrorCode } from "@parley/protocol";
import { foldName } from "../names.js";
import { formatAddressRange, parseAddressRange } from "../net/address-range.js";
import { RequestError } from "../request-error.js";
import { normalizeAddress } from "../session.js";

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

/** "nick bob until 2026-11-22T02:10:00.000Z" / "address 10.0.0.7 permanently". */
export function describeBan(ban: Ban): string {
  const what = ban.nick ? `nick ${ban.nick}` : `address ${ban.address}`;
  const until = ban.untilMs ? `until ${new Date(Number(ban.untilMs)).toISOString()}` : "permanently";
  return `${what} ${until}`;
}
