// The ordering barrier that replaces "wait 100 ms and check nothing happened": a ping round trip.
// The server answers a connection's requests in order and writes to it in order, so once the Pong is
// here, everything it wrote to that connection before is here too, and has been dispatched.

/** Anything that sends a request and resolves with its reply. */
export interface Pinger {
  request(envelope: { ping: { sentAtMs: number } }): Promise<unknown>;
}

/**
 * Resolves once the server has answered a Ping on `client`'s connection. Call it on the connection
 * that would have received the event, after the action that could have caused it has been answered:
 * if the event was coming, it has arrived by then.
 */
export async function barrier(...clients: Pinger[]): Promise<void> {
  await Promise.all(clients.map((client) => client.request({ ping: { sentAtMs: Date.now() } })));
}

/**
 * The bound a bystander's ping round trip must stay under while an attack runs (docs/server.md,
 * "Security model"): the server keeps serving others whatever one client does.
 */
export const BYSTANDER_PING_BOUND_MS = 1000;

/** One ping round trip of `client`, in ms of real time: what a bystander measures during an attack. */
export async function pingMs(client: Pinger): Promise<number> {
  const start = performance.now();
  await client.request({ ping: { sentAtMs: Date.now() } });
  return performance.now() - start;
}
