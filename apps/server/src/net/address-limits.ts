// Limits per IP address: connections open at once, new connections per minute, and the admin lockout
// after repeated wrong tokens. Pure bookkeeping: time is passed in, sockets stay with the listeners.
import { BlockList, isIPv4, isIPv6 } from "node:net";

/** Addresses tracked at once per table; past it the oldest entries are forgotten, so memory stays bounded. */
export const MAX_TRACKED_ADDRESSES = 100_000;

const loopback = new BlockList();
loopback.addAddress("::1", "ipv6");

/**
 * True for 127.0.0.0/8 and ::1 (addresses as sessions record them, IPv4-mapped IPv6 already unwrapped).
 * A valid IPv4 address is in 127.0.0.0/8 exactly when it starts "127.", which spares every connection
 * the IPv6 pattern match that telling the families apart by isIPv6 costs.
 */
export function isLoopback(address: string): boolean {
  if (!address.includes(":")) return isIPv4(address) && address.startsWith("127.");
  return isIPv6(address) && loopback.check(address, "ipv6");
}

/**
 * Counts events per address in a window that starts at an address's first event and lasts `windowMs`.
 * `hit` counts one and says whether the address is still within `limit` (0: no limit).
 */
export class WindowCounter {
  private readonly windows = new Map<string, { startMs: number; count: number }>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly maxTracked = MAX_TRACKED_ADDRESSES,
  ) {}

  /** Counts one event; false when this one goes over the limit. */
  hit(address: string, nowMs: number): boolean {
    if (this.limit <= 0) return true;
    let window = this.windows.get(address);
    if (!window || nowMs - window.startMs >= this.windowMs) {
      this.windows.delete(address);
      if (this.windows.size >= this.maxTracked) this.forgetOldest(nowMs);
      window = { startMs: nowMs, count: 0 };
      this.windows.set(address, window);
    }
    window.count++;
    return window.count <= this.limit;
  }

  /** Ms until the address's window ends (0 if it has none running). */
  retryAfterMs(address: string, nowMs: number): number {
    const window = this.windows.get(address);
    return window ? Math.max(0, window.startMs + this.windowMs - nowMs) : 0;
  }

  get size(): number {
    return this.windows.size;
  }

  /** Drops expired windows; if none had expired, the oldest one (maps iterate in insertion order). */
  private forgetOldest(nowMs: number): void {
    for (const [address, window] of this.windows) {
      if (nowMs - window.startMs >= this.windowMs) this.windows.delete(address);
    }
    if (this.windows.size >= this.maxTracked) {
      const oldest = this.windows.keys().next();
      if (!oldest.done) this.windows.delete(oldest.value);
    }
  }
}

/** Why a connection was refused, for the Error frame it gets. */
export type AddressRefusal =
  | { kind: "too-many-open"; limit: number }
  | { kind: "too-many-new"; limit: number; retryAfterMs: number };

export interface ConnectionLimitSettings {
  maxConnectionsPerAddress: number;
  maxNewConnectionsPerAddressPerMinute: number;
  addressLimitsExemptLoopback: boolean;
}

/** The chat listener's two per-address limits. `admit` before a session starts, `release` when its socket closes. */
export class ConnectionLimits {
  /** Open connections per address; an address leaves the map when its last connection closes. */
  private readonly open = new Map<string, number>();
  private readonly newPerMinute: WindowCounter;

  constructor(private readonly settings: ConnectionLimitSettings) {
    this.newPerMinute = new WindowCounter(settings.maxNewConnectionsPerAddressPerMinute, 60_000);
  }

  /** Counts a new connection, or says why it is refused (then nothing is counted and nothing is to release). */
  admit(address: string, nowMs: number): AddressRefusal | undefined {
    const { maxConnectionsPerAddress: maxOpen, addressLimitsExemptLoopback } = this.settings;
    if (addressLimitsExemptLoopback && isLoopback(address)) return undefined;
    if (!this.newPerMinute.hit(address, nowMs)) {
      return {
        kind: "too-many-new",
        limit: this.settings.maxNewConnectionsPerAddressPerMinute,
        retryAfterMs: this.newPerMinute.retryAfterMs(address, nowMs),
      };
    }
    const open = this.open.get(address) ?? 0;
    if (maxOpen > 0 && open >= maxOpen) return { kind: "too-many-open", limit: maxOpen };
    this.open.set(address, open + 1);
    return undefined;
  }

  /** A connection that `admit` let in has closed. */
  release(address: string): void {
    const open = this.open.get(address);
    if (open === undefined) return;
    if (open <= 1) this.open.delete(address);
    else this.open.set(address, open - 1);
  }

  /** Connections open from this address, as counted (exempt loopback is not counted). */
  openFrom(address: string): number {
    return this.open.get(address) ?? 0;
  }
}

/**
 * Authentication failures per key (an address, or an account name): after `maxFailures` wrong tokens
 * or passwords, each less than `lockoutMs` after the one before, the key is locked out until
 * `lockoutMs` has passed since the last of them. Serves the admin token and chat passwords alike.
 */
export class AuthLockout {
  private readonly failures = new Map<string, { count: number; lastMs: number }>();

  constructor(
    private readonly maxFailures: number,
    private readonly lockoutMs: number,
    private readonly maxTracked = MAX_TRACKED_ADDRESSES,
  ) {}

  /** Ms the address must still wait, or 0 if it may try. */
  lockedForMs(address: string, nowMs: number): number {
    const entry = this.failures.get(address);
    if (!entry || this.maxFailures <= 0) return 0;
    const left = entry.lastMs + this.lockoutMs - nowMs;
    if (left <= 0) {
      this.failures.delete(address);
      return 0;
    }
    return entry.count >= this.maxFailures ? left : 0;
  }

  /** Records a wrong token. */
  fail(address: string, nowMs: number): void {
    if (this.maxFailures <= 0) return;
    const entry = this.failures.get(address);
    if (entry && nowMs - entry.lastMs < this.lockoutMs) {
      entry.count++;
      entry.lastMs = nowMs;
      return;
    }
    this.failures.delete(address);
    if (this.failures.size >= this.maxTracked) {
      const oldest = this.failures.keys().next();
      if (!oldest.done) this.failures.delete(oldest.value);
    }
    this.failures.set(address, { count: 1, lastMs: nowMs });
  }

  /** A correct token clears the address's record. */
  succeed(address: string): void {
    this.failures.delete(address);
  }

  /** Failures recorded for the key and not yet expired (0 if none). */
  failuresOf(key: string, nowMs: number): number {
    const entry = this.failures.get(key);
    return entry && nowMs - entry.lastMs < this.lockoutMs ? entry.count : 0;
  }
}
