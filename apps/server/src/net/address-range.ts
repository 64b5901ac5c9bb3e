// Addresses and CIDR ranges as bans name them ("10.0.0.7", "10.0.0.0/8", "2001:db8::/32"): parsing to one
// written form, and matching a connection's address, IPv4 and IPv6 alike, with node's BlockList.
import { BlockList, isIP } from "node:net";

/** An exact address (prefix = the full length) or a range. */
export interface AddressRange {
  family: "ipv4" | "ipv6";
  /** The address part as written, lower-cased, IPv4-mapped IPv6 unwrapped. */
  address: string;
  /** Bits that must match: 32 or 128 for an exact address. */
  prefix: number;
}

/**
 * Parses "ADDRESS" or "ADDRESS/PREFIX"; undefined if it is neither. An IPv4-mapped IPv6 address
 * (::ffff:10.0.0.7) is taken as the IPv4 address, since that is how sessions record such peers.
 */
export function parseAddressRange(text: string): AddressRange | undefined {
  const [rawAddress = "", prefixText, ...rest] = text.trim().toLowerCase().split("/");
  if (rest.length > 0) return undefined;
  const address =
    rawAddress.startsWith("::ffff:") && isIP(rawAddress.slice(7)) === 4 ? rawAddress.slice(7) : rawAddress;
  const version = isIP(address);
  if (version === 0) return undefined;
  const bits = version === 4 ? 32 : 128;
  if (prefixText === undefined) return { family: version === 4 ? "ipv4" : "ipv6", address, prefix: bits };
  if (!/^\d{1,3}$/.test(prefixText) || Number(prefixText) > bits) return undefined;
  return { family: version === 4 ? "ipv4" : "ipv6", address, prefix: Number(prefixText) };
}

/** The written form bans store and show: "10.0.0.7" for an exact address, "10.0.0.0/8" for a range. */
export function formatAddressRange(range: AddressRange): string {
  const bits = range.family === "ipv4" ? 32 : 128;
  return range.prefix === bits ? range.address : `${range.address}/${range.prefix}`;
}

/** A matcher for one range; `address` is a literal IP as sessions record it. */
export function rangeMatcher(range: AddressRange): (address: string) => boolean {
  const list = new BlockList();
  list.addSubnet(range.address, range.prefix, range.family);
  return (address) => {
    const version = isIP(address);
    return version !== 0 && list.check(address, version === 4 ? "ipv4" : "ipv6");
  };
}
