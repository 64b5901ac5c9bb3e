// The WebSocket endpoint for a page: `/ws` on the host that served it (wss:// under https://), or the
// URL given as `?ws=` (a page served by Vite's dev server talking to a running parley-server).

/** The parts of `window.location` the endpoint depends on. */
export interface PageLocation {
  protocol: string;
  host: string;
  search: string;
}

export function endpointFor(location: PageLocation): string {
  const given = new URLSearchParams(location.search).get("ws");
  if (given) return given;
  return `${location.protocol === "https:" ? "wss" : "ws"}://${location.host}/ws`;
}
