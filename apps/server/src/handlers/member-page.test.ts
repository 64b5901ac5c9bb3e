// The counted size of a Member against what protobufjs encodes, for the cases a join can list.
import { type Member, pb } from "@parley/protocol";
import { describe, expect, it } from "vitest";
import { memberSize } from "./member-page.js";

describe("memberSize", () => {
  it("equals the encoded size of the Member", () => {
    const members: Member[] = [
      { nick: "ana", sessionId: 1 },
      { nick: "", sessionId: 0 },
      { nick: "ünïcødé-名前", sessionId: 300 },
      { nick: "x".repeat(200), sessionId: 2 ** 40 },
      { nick: "bob", sessionId: 16_384, registered: true },
      { nick: "cy", sessionId: 127, away: true, registered: true },
      { nick: "di", sessionId: 128, away: false, registered: false },
      { sessionId: 5 },
      { nick: "eve" },
      {},
    ];
    for (const member of members) expect(memberSize(member)).toBe(pb.Member.encode(member).finish().length);
  });
});
