// Serves the built page and carries WebSocket messages to a server's chat port as frames, one
// message per Envelope both ways: what the server's own HTTP listener does, for a test to run the
// browser against a real server process.
import { readFile } from "node:fs/promises";
import { createServer } from "node:http";
import { type AddressInfo, connect } from "node:net";
import { extname, join, normalize } from "node:path";
import { FrameDecoder, frameBytes, WEBSOCKET_SUBPROTOCOL } from "@parley/protocol";
import { onCleanup } from "@parley/testkit";
import { WebSocketServer } from "ws";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
};

export interface Bridge {
  /** The page's address, http://127.0.0.1:port/. */
  url: string;
}

export async function startBridge(webRoot: string, chatPort: number): Promise<Bridge> {
  const http = createServer(async (request, response) => {
    const path = normalize(request.url === "/" ? "/index.html" : (request.url ?? "/")).replace(
      /^(\.\.[/\\])+/,
      "",
    );
    try {
      const body = await readFile(join(webRoot, path));
      response.writeHead(200, { "content-type": TYPES[extname(path)] ?? "application/octet-stream" });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  const wss = new WebSocketServer({
    server: http,
    path: "/ws",
    handleProtocols: (protocols) => (protocols.has(WEBSOCKET_SUBPROTOCOL) ? WEBSOCKET_SUBPROTOCOL : false),
  });
  wss.on("connection", (socket) => {
    const tcp = connect({ host: "127.0.0.1", port: chatPort, noDelay: true });
    const decoder = new FrameDecoder();
    socket.on("message", (data: Buffer) => tcp.write(frameBytes(data)));
    tcp.on("data", (chunk) => {
      for (const frame of decoder.push(chunk)) socket.send(frame);
    });
    tcp.on("close", () => socket.close(1001));
    tcp.on("error", () => socket.close(1011));
    socket.on("close", () => tcp.destroy());
  });
  http.listen(0, "127.0.0.1");
  await new Promise((resolve) => http.once("listening", resolve));
  onCleanup(async () => {
    for (const client of wss.clients) client.terminate();
    await new Promise((resolve) => http.close(resolve));
  });
  return { url: `http://127.0.0.1:${(http.address() as AddressInfo).port}/` };
}
