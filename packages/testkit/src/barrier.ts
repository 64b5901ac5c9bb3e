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
