// Which messages raise an alert, and the exact bytes of the bell and both notification escapes.
import { MessageKind } from "@parley/protocol";
import { describe, expect, it } from "vitest";
import { ALERT_BODY_CHARS, alertBytes, alertFor } from "./notify.js";

const me = { nick: "ana", ignore: [{ nick: "eve" }], highlightWords: ["deploy"] };
const inRoom = (fromNick: string, text: string) => ({ room: "lobby", seq: 1, fromNick, text });

describe("alerts", () => {
  it("come for a mention, a highlight word or a direct message from someone else", () => {
    expect(alertFor(inRoom("bob", "ana: lunch?"), me)).toEqual({ title: "#lobby", body: "bob: ana: lunch?" });
    expect(alertFor(inRoom("bob", "the Deploy failed"), me)).toMatchObject({ title: "#lobby" });
    expect(alertFor({ toNick: "ana", fromNick: "bob", text: "psst", seq: 1 }, me)).toEqual({
      title: "bob",
      body: "bob: psst",
    });
    expect(alertFor(inRoom("bob", "banana"), me)).toBeNull();
    expect(alertFor(inRoom("ana", "ana was here"), me)).toBeNull();
    expect(alertFor(inRoom("eve", "ana look"), me)).toBeNull();
    expect(
      alertFor({ toNick: "bob", fromNick: "ana", text: "mine", kind: MessageKind.MESSAGE_KIND_TEXT }, me),
    ).toBeNull();
  });

  it("ring the bell and write OSC 9 or OSC 777 as the options say", () => {
    const alert = { title: "#lobby", body: "bob: ana: lunch?" };
    expect(alertBytes(alert, { bell: true, notify: "osc9" })).toBe("\x07\x1b]9;#lobby: bob: ana: lunch?\x07");
    expect(alertBytes(alert, { bell: false, notify: "osc777" })).toBe(
      "\x1b]777;notify;#lobby;bob: ana: lunch?\x07",
    );
    expect(alertBytes(alert, { bell: false, notify: "off" })).toBe("");
  });

  it("keep a message from ending the escape early or starting another, and cut it short", () => {
    const bytes = alertBytes(
      { title: "a;b", body: `x\x07\x1b]52;c;evil\x07\nline two ${"y".repeat(500)}` },
      { bell: false, notify: "osc777" },
    );
    expect(bytes.startsWith("\x1b]777;notify;a,b;x]52;c;evil line two ")).toBe(true);
    expect(bytes.slice(0, -1)).not.toMatch(/[\x07\n]/);
    const body = bytes.split(";").slice(3).join(";").slice(0, -1);
    expect([...body].length).toBe(ALERT_BODY_CHARS);
    expect(body.endsWith("…")).toBe(true);
  });
});
