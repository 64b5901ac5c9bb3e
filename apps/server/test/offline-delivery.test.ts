// Offline delivery over real sockets: a direct message to a registered user with no client online is
// acknowledged as queued and delivered at the next login exactly once, also across a restart of the
// server (in-process, and the real binary killed with SIGKILL); guests offline are still
// NO_SUCH_USER, and the queue per account is bounded.
import { ErrorCode, type ProtocolClient, type ServerError } from "@parley/protocol";
import { describe, expect, it } from "vitest";
import { loggedIn, registerAccount, spawnServer, startServer, takeMessages, tempDir } from "./helpers.js";

const PASSWORD = "correct horse battery";

/** Texts of the direct messages `c` has received so far (taken out of its queue). */
const directOn = (c: ProtocolClient) => takeMessages(c, (message) => !!message.toNick);

describe("offline delivery", () => {
  it("queues a direct message for an offline account and delivers it at the next login, once", async () => {
    const { port } = await startServer();
    await registerAccount(port, "Fay", PASSWORD);
    const gus = await loggedIn(port, "gus");
    const ack = await gus.request({
      sendMessage: { toNick: "fay", text: "while you were out", clientMsgId: "q1" },
    });
    expect(ack.message).toMatchObject({ toNick: "Fay", queued: true, text: "while you were out" });
    await gus.request({ sendMessage: { toNick: "FAY", text: "and another" } });
    const fay = await loggedIn(port, "fay", undefined, { password: PASSWORD });
    expect(await directOn(fay)).toEqual(["while you were out", "and another"]);
    await fay.request({ quit: {} });
    const again = await loggedIn(port, "fay", undefined, { password: PASSWORD });
    expect(await directOn(again)).toEqual([]);
    // Online now: delivered live, not queued.
    const live = await gus.request({ sendMessage: { toNick: "fay", text: "live" } });
    expect(live.message?.queued ?? false).toBe(false);
    expect(await directOn(again)).toEqual(["live"]);
  });

  it("delivers what was queued before a restart exactly once after it", async () => {
    const dataDir = tempDir();
    const first = await startServer({}, { dataDir });
    await registerAccount(first.port, "hal", PASSWORD);
    const ivy = await loggedIn(first.port, "ivy");
    await ivy.request({ sendMessage: { toNick: "hal", text: "kept across the restart" } });
    await first.server.close();
    const second = await startServer({}, { dataDir });
    const hal = await loggedIn(second.port, "hal", undefined, { password: PASSWORD });
    expect(await directOn(hal)).toEqual(["kept across the restart"]);
    await hal.request({ quit: {} });
    await second.server.close();
    const third = await startServer({}, { dataDir });
    const halAgain = await loggedIn(third.port, "hal", undefined, { password: PASSWORD });
    expect(await directOn(halAgain)).toEqual([]);
  });

  // Three starts of the real binary, each a few seconds under tsx on a loaded machine.
  it("keeps the queue of the real binary through SIGKILL, and delivers it once", {
    timeout: 120_000,
  }, async () => {
    const dataDir = tempDir();
    const args = [
      "--port",
      "0",
      "--admin-port",
      "0",
      "--http-port",
      "0",
      "--data-dir",
      dataDir,
      "--log-level",
      "warn",
    ];
    const first = await spawnServer(args);
    await registerAccount(first.port, "una", PASSWORD);
    const vic = await loggedIn(first.port, "vic");
    const ack = await vic.request({ sendMessage: { toNick: "una", text: "before the crash" } });
    expect(ack.message?.queued).toBe(true);
    // Acknowledged as queued means stored: a crash right after loses nothing.
    await first.kill();
    const second = await first.restart();
    const una = await loggedIn(second.port, "una", undefined, { password: PASSWORD });
    expect(await directOn(una)).toEqual(["before the crash"]);
    await una.request({ quit: {} });
    expect(await second.stop()).toBe(0);
    const third = await second.restart();
    const again = await loggedIn(third.port, "una", undefined, { password: PASSWORD });
    expect(await directOn(again)).toEqual([]);
  });

  it("still answers NO_SUCH_USER for an offline guest", async () => {
    const { port } = await startServer();
    const jo = await loggedIn(port, "jo");
    const kit = await loggedIn(port, "kit");
    await kit.request({ quit: {} });
    const error = (await jo
      .request({ sendMessage: { toNick: "kit", text: "hello?" } })
      .catch((e) => e)) as ServerError;
    expect(error.code).toBe(ErrorCode.ERROR_CODE_NO_SUCH_USER);
  });

  it("refuses a message past maxQueuedMessagesPerAccount with OFFLINE_QUEUE_FULL", async () => {
    const { port } = await startServer({ maxQueuedMessagesPerAccount: 2 });
    await registerAccount(port, "lou", PASSWORD);
    const max = await loggedIn(port, "max");
    await max.request({ sendMessage: { toNick: "lou", text: "one" } });
    await max.request({ sendMessage: { toNick: "lou", text: "two" } });
    const error = (await max
      .request({ sendMessage: { toNick: "lou", text: "three" } })
      .catch((e) => e)) as ServerError;
    expect(error.code).toBe(ErrorCode.ERROR_CODE_OFFLINE_QUEUE_FULL);
    const lou = await loggedIn(port, "lou", undefined, { password: PASSWORD });
    expect(await directOn(lou)).toEqual(["one", "two"]);
    await lou.request({ quit: {} });
    // Emptied by the login: room for more.
    const ack = await max.request({ sendMessage: { toNick: "lou", text: "four" } });
    expect(ack.message?.queued).toBe(true);
  });
});
