// startRedis: a real redis-server that answers, restarts on the same port, and is gone when stopped.
import { createConnection } from "node:net";
import { describe, expect, it } from "vitest";
import { startRedis } from "./redis.js";

/** Sends one inline command and returns the first reply line. */
function command(port: number, line: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = createConnection({ host: "127.0.0.1", port }, () => socket.write(`${line}\r\n`));
    let reply = "";
    socket.on("data", (chunk) => {
      reply += chunk.toString();
      if (reply.includes("\r\n")) {
        socket.destroy();
        resolve(reply.slice(0, reply.indexOf("\r\n")));
      }
    });
    socket.on("error", reject);
  });
}

describe("startRedis", () => {
  it("starts a Redis below port 32768 that keeps data until it is restarted", async () => {
    const redis = await startRedis();
    expect(redis.port).toBeLessThan(32768);
    expect(redis.url).toBe(`redis://127.0.0.1:${redis.port}`);
    expect(await command(redis.port, "SET k v")).toBe("+OK");
    expect(await command(redis.port, "GET k")).toBe("$1");
    const pid = redis.pid;
    await redis.stop();
    expect(redis.pid).toBe(0);
    expect(() => process.kill(pid, 0)).toThrow();
    await expect(command(redis.port, "PING")).rejects.toThrow(/ECONNREFUSED/);
    await redis.start();
    expect(await command(redis.port, "GET k")).toBe("$-1");
  });
});
