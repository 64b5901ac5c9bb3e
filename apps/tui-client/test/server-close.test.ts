// When the server ends the connection it says why first (a fatal Error), and the terminal client
// shows that reason rather than a bare "connection lost": flooding, then a shutdown.
import { afterAll, describe, it } from "vitest";
import { startServer } from "./helpers.js";
import { parleyCommand, Tmux } from "./tmux.js";

const tmux = new Tmux();
afterAll(() => tmux.kill());

describe("a connection the server closes", () => {
  it("shows the reason the server gave: flooding, then shutting down", { timeout: 90_000 }, async () => {
    const { server } = await startServer({ ratePerSecond: 1, rateBurst: 5, floodDisconnectAfter: 3 });
    tmux.start("ana", parleyCommand(["--port", String(server.port), "--nick", "ana"]), 120, 30);
    await tmux.waitForScreen("ana", /\[online\][\s\S]*\[#lobby\]/, 20_000);

    // Faster than one a second, in one burst: refused, then disconnected for flooding. (Messages are
    // paced by the client's send queue; /rooms is a request like any other.)
    tmux.keys("ana", ...Array.from({ length: 12 }, () => ["/rooms", "Enter"]).flat());
    await tmux.waitForScreen("ana", /Connection lost \(the server disconnected you for sending too fast\)/);
    await tmux.waitForScreen("ana", /Reconnected\.[\s\S]* \[online\] /, 30_000);

    await server.close();
    await tmux.waitForScreen("ana", /Connection lost \(the server is shutting down\)/);
  });
});
