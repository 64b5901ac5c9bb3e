// A client's list of server addresses: "host", "host:port", "[v6]:port" parsed once, and a rotation
// that stays on an address while it works and moves to the next one each time a connection fails or
// drops, so a client of a cluster reconnects to another node. Pure: resolving names is the caller's.
/** One place a server may be reached. */
export interface ServerAddress {
  readonly host: string;
  readonly port: number;
}

/** Text that is not "host", "host:port" or "[v6]:port". `message` says what is wrong. */
export class ServerAddressError extends Error {
  override name = "ServerAddressError";
}

/**
 * Parses "host", "host:port", "[v6]:port" or a bare IPv6 address; the port defaults to `defaultPort`
 * (DEFAULT_CHAT_PORT for most callers: not imported here, which must load in a browser).
 */
export function parseServerAddress(text: string, defaultPort: number): ServerAddress {
  const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(text);
  let host: string;
  let portText: string | undefined;
  if (bracketed) [, host = "", portText] = bracketed;
  else if ((text.match(/:/g) ?? []).length > 1) host = text;
  else [host = "", portText] = text.split(":");
  if (host === "") throw new ServerAddressError(`"${text}" names no host`);
  if (portText === undefined) return { host, port: defaultPort };
  const port = /^\d+$/.test(portText) ? Number(portText) : Number.NaN;
  if (!(port >= 1 && port <= 65_535))
    throw new ServerAddressError(`"${portText}" is not a port (1 to 65535)`);
  return { host, port };
}

/** "host:port", with brackets around an IPv6 host. */
export function formatServerAddress({ host, port }: ServerAddress): string {
  return host.includes(":") ? `[${host}]:${port}` : `${host}:${port}`;
}

/** Where to connect next: the same address while it works, the next one after each failure. */
export class ServerRotation {
  private index = 0;

  constructor(
    /** At least one address, in the order to try them. */
    readonly addresses: readonly ServerAddress[],
  ) {
    if (addresses.length === 0) throw new ServerAddressError("no server address given");
  }

  /** The address to connect to now. */
  get current(): ServerAddress {
    return this.addresses[this.index]!;
  }

  /** The current address failed (or its connection dropped): the next one, wrapping around. */
  failed(): ServerAddress {
    this.index = (this.index + 1) % this.addresses.length;
    return this.current;
  }
}
