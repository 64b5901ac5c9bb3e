// Port numbers for services that must be told one (Redis, PostgreSQL): free ones below 32768, where
// the kernel's ephemeral range (32768-60999) cannot hand them to a client socket meanwhile.
import { createServer } from "node:net";

/**
 * A port below 32768 that nothing listens on now. Services that must be told a port number get one of
 * these: ports the OS hands out (port 0) fall in the ephemeral range, where a client socket may take
 * it before the service binds.
 */
export async function freeLowPort(): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const port = 10_000 + Math.floor(Math.random() * 22_000);
    const server = createServer();
    const bound = await new Promise<boolean>((resolve) => {
      server.once("error", () => resolve(false));
      server.listen(port, "127.0.0.1", () => resolve(true));
    });
    if (bound) {
      await new Promise((resolve) => server.close(resolve));
      return port;
    }
  }
  throw new Error("no free port below 32768 after 50 tries");
}
