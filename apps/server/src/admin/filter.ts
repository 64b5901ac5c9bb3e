// Which sessions an admin request is about: SessionFilter matching (pure), with `*` and `?` wildcards
// in nick and address so one request can cover "bot*" or "10.0.3.*".
import type { SessionFilter, SessionInfo } from "@parley/protocol";
import { canonicalRoom, foldName } from "../names.js";
import { normalizeAddress } from "../net/transport.js";

/** A filter compiled once per request: folded nick pattern, canonical room, address pattern. */
export interface CompiledFilter {
  nick?: RegExp;
  /** Canonical room name; an invalid name matches nothing. */
  room?: string | null;
  address?: RegExp;
  idleGtMs: number;
  ageGtMs: number;
}

export function compileFilter(
  filter: SessionFilter | null | undefined,
  maxRoomNameChars: number,
): CompiledFilter {
  const nick = filter?.nick ?? "";
  const room = filter?.room ?? "";
  const address = filter?.address ?? "";
  return {
    nick: nick ? wildcard(foldName(nick)) : undefined,
    room: room ? (canonicalRoom(room, maxRoomNameChars) ?? null) : undefined,
    address: address ? wildcard(normalizeAddress(address.toLowerCase())) : undefined,
    idleGtMs: Number(filter?.idleGtMs ?? 0),
    ageGtMs: Number(filter?.ageGtMs ?? 0),
  };
}

/** Every set field must match; sessions without a nick never match a nick filter. */
export function matchesFilter(session: SessionInfo, filter: CompiledFilter, nowMs: number): boolean {
  if (filter.nick && !(session.nick && filter.nick.test(foldName(session.nick)))) return false;
  if (filter.room !== undefined && !(filter.room !== null && (session.rooms ?? []).includes(filter.room)))
    return false;
  if (filter.address && !filter.address.test((session.remoteAddress ?? "").toLowerCase())) return false;
  if (filter.idleGtMs > 0 && !(Number(session.idleMs ?? 0) > filter.idleGtMs)) return false;
  if (filter.ageGtMs > 0 && !(nowMs - Number(session.connectedAtMs ?? 0) > filter.ageGtMs)) return false;
  return true;
}

/** A whole-string pattern where `*` is any run of characters and `?` one; everything else is literal. */
export function wildcard(pattern: string): RegExp {
  const body = pattern
    .replace(/[.+^${}()|[\]\\]/g, "\\$&")
    .replace(/\*/g, ".*")
    .replace(/\?/g, ".");
  return new RegExp(`^${body}$`, "u");
}
