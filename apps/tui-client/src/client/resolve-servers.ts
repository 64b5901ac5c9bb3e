// A server name that resolves to several addresses (one per node of a cluster) becomes one entry per
// address, so the reconnect loop can move to another node when one fails. With TLS names are kept:
// the certificate is checked against the name, and the system picks the address.
import { lookup as dnsLookup } from "node:dns/promises";
import { isIP } from "node:net";
import type { ServerAddress } from "@parley/protocol";

/** Resolves a name to every address it has (node:dns lookup with `all`). */
export type LookupAll = (host: string) => Promise<{ address: string }[]>;

const lookupAll: LookupAll = (host) => dnsLookup(host, { all: true });

/**
 * `servers` with each name replaced by all of its addresses, in the order the resolver gave them; a
 * name that does not resolve is kept (connecting to it will say why), and duplicates are dropped.
 */
export async function expandServers(
  servers: readonly ServerAddress[],
  lookup: LookupAll = lookupAll,
): Promise<ServerAddress[]> {
  const expanded: ServerAddress[] = [];
  const seen = new Set<string>();
  const add = (server: ServerAddress) => {
    const key = `${server.host} ${server.port}`;
    if (seen.has(key)) return;
    seen.add(key);
    expanded.push(server);
  };
  for (const server of servers) {
    if (isIP(server.host)) {
      add(server);
      continue;
    }
    const addresses = await lookup(server.host).catch(() => []);
    if (addresses.length === 0) add(server);
    for (const { address } of addresses) add({ host: address, port: server.port });
  }
  return expanded;
}
