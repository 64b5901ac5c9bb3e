// Conversation logs: file names per server, conversation and day, the line format, one write per
// file per flush, and a message replayed after a reconnect written once.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { MessageKind } from "@parley/protocol";
import { tempDir } from "@parley/testkit";
import { describe, expect, it } from "vitest";
import { ConversationLog, conversationOf, defaultLogDir, logFilePath, logLine } from "./logging.js";

const at = new Date(2026, 11, 2, 9, 5, 7).getTime();

describe("conversation logs", () => {
  it("name one file per server, conversation and local day", () => {
    expect(defaultLogDir({ HOME: "/home/ana" })).toBe("/home/ana/.local/share/parley/logs");
    expect(defaultLogDir({ XDG_DATA_HOME: "/d" })).toBe("/d/parley/logs");
    expect(logFilePath("/l", "127.0.0.1_7667", "#lobby", at)).toBe("/l/127.0.0.1_7667/#lobby.2026-12-02.log");
    expect(logFilePath("/l", "h_1", "../etc/x", at)).toBe("/l/h_1/__etc_x.2026-12-02.log");
    expect(conversationOf({ room: "dev", fromNick: "bob" }, "ana")).toBe("#dev");
    expect(conversationOf({ fromNick: "bob", toNick: "ana" }, "ana")).toBe("bob");
    expect(conversationOf({ fromNick: "Ana", toNick: "bob" }, "ana")).toBe("bob");
  });

  it("write plain text lines, actions and continuation lines included, control characters removed", () => {
    expect(logLine({ fromNick: "bob", text: "hi\x1b[2J" }, at)).toBe("[09:05:07] <bob> hi[2J\n");
    expect(logLine({ fromNick: "bob", text: "waves", kind: MessageKind.MESSAGE_KIND_ACTION }, at)).toBe(
      "[09:05:07] * bob waves\n",
    );
    expect(logLine({ fromNick: "bob", text: "one\ntwo" }, at)).toBe(
      "[09:05:07] <bob> one\n                 two\n",
    );
  });

  it("append each conversation to its file and write a replayed message once", () => {
    const dir = tempDir();
    const log = new ConversationLog(dir, "h_1");
    log.add({ room: "lobby", seq: 1, fromNick: "bob", text: "one", sentAtMs: at }, "ana", at);
    log.add({ fromNick: "bob", toNick: "ana", seq: 1, text: "psst", sentAtMs: at }, "ana", at);
    log.flush();
    log.add({ room: "lobby", seq: 1, fromNick: "bob", text: "one", sentAtMs: at }, "ana", at);
    log.add({ room: "lobby", seq: 2, fromNick: "ana", text: "two", sentAtMs: at }, "ana", at);
    log.flush();
    expect(readdirSync(join(dir, "h_1")).sort()).toEqual(["#lobby.2026-12-02.log", "bob.2026-12-02.log"]);
    expect(readFileSync(join(dir, "h_1", "#lobby.2026-12-02.log"), "utf8")).toBe(
      "[09:05:07] <bob> one\n[09:05:07] <ana> two\n",
    );
  });
});
