// The session registry on its own: nick ownership, and notices to logged-in members only.
import { describe, expect, it } from "vitest";
import type { Member } from "./member.js";
import { LocalSessionRegistry } from "./registry.js";

/** A member that counts frames; `closing` ones refuse writes, as a closing session does. */
function member(id: number, closing = false, account = ""): Member & { foldedNick: string; frames: number } {
  return {
    id,
    nick: "",
    foldedNick: "",
    account,
    messagesOut: 0,
    frames: 0,
    sendFrame() {
      if (closing) return false;
      this.frames++;
      return true;
    },
    sendPresence() {},
  };
}

describe("LocalSessionRegistry", () => {
  it("gives a nick to one member at a time and frees it when the holder leaves", () => {
    const registry = new LocalSessionRegistry<ReturnType<typeof member>>();
    const [a, b] = [member(1), member(2)];
    registry.add(a);
    registry.add(b);
    expect(registry.claimNick(a, "ana")).toBe(true);
    a.foldedNick = "ana";
    expect(registry.claimNick(b, "ana")).toBe(false);
    expect(registry.claimNick(a, "ana")).toBe(true);
    expect(registry.byNick("ana")).toBe(a);
    registry.remove(a);
    expect(registry.byNick("ana")).toBeUndefined();
    expect(registry.byId(1)).toBeUndefined();
    expect(registry.claimNick(b, "ana")).toBe(true);
    expect(registry.size).toBe(1);
  });

  it("lets clients of one account share a nick, in login order, until the last of them leaves", () => {
    const registry = new LocalSessionRegistry<ReturnType<typeof member>>();
    const [a, b, c, stranger] = [
      member(1, false, "ana"),
      member(2, false, "ana"),
      member(3, false, "ana"),
      member(4),
    ];
    for (const m of [a, b, c, stranger]) registry.add(m);
    for (const m of [a, b, c]) {
      expect(registry.claimNick(m, "ana")).toBe(true);
      m.foldedNick = "ana";
    }
    expect([...registry.holdersOf("ana")]).toEqual([a, b, c]);
    expect(registry.claimNick(stranger, "ana")).toBe(false);
    expect(registry.claimNick(stranger, "аna")).toBe(false);
    registry.remove(a);
    registry.remove(c);
    expect(registry.byNick("ana")).toBe(b);
    expect([...registry.holdersOf("ana")]).toEqual([b]);
    expect(registry.sendToLoggedIn(new Uint8Array([1]))).toBe(1);
    expect(registry.claimNick(stranger, "ana")).toBe(false);
    registry.remove(b);
    expect([...registry.holdersOf("ana")]).toEqual([]);
    expect(registry.claimNick(stranger, "аna")).toBe(true);
  });

  it("sends to logged-in members that take the frame, and counts them", () => {
    const registry = new LocalSessionRegistry<ReturnType<typeof member>>();
    const online = member(1);
    const closing = member(2, true);
    const anonymous = member(3);
    for (const [m, nick] of [
      [online, "on"],
      [closing, "off"],
    ] as const) {
      registry.add(m);
      registry.claimNick(m, nick);
      m.foldedNick = nick;
    }
    registry.add(anonymous);
    expect(registry.sendToLoggedIn(new Uint8Array([1]))).toBe(1);
    expect([online.frames, closing.frames, anonymous.frames]).toEqual([1, 0, 0]);
  });
});
