// The Error reply both dispatchers send for what a handler threw.
import { ErrorCode } from "@parley/protocol";
import { describe, expect, it } from "vitest";
import { errorReply, RequestError } from "./request-error.js";

describe("errorReply", () => {
  it("answers a RequestError as it says, fatal only when it closes the session", () => {
    const bugs: unknown[] = [];
    const slow = new RequestError(ErrorCode.ERROR_CODE_RATE_LIMITED, "slow down", { retryAfterMs: 250 });
    expect(errorReply(7, slow, (bug) => bugs.push(bug))).toEqual({
      requestId: 7,
      error: { code: ErrorCode.ERROR_CODE_RATE_LIMITED, message: "slow down", retryAfterMs: 250 },
    });
    const banned = new RequestError(ErrorCode.ERROR_CODE_BANNED, "banned", {
      banUntilMs: 1234,
      closeReason: "banned",
    });
    expect(banned.fatal).toBe(true);
    expect(errorReply(8, banned, (bug) => bugs.push(bug)).error).toEqual({
      code: ErrorCode.ERROR_CODE_BANNED,
      message: "banned",
      fatal: true,
      banUntilMs: 1234,
    });
    expect(bugs).toEqual([]);
  });

  it("answers anything else INTERNAL without its details, and hands it to onBug", () => {
    const bugs: unknown[] = [];
    const bug = new TypeError("cannot read properties of undefined (reading 'secret')");
    expect(errorReply(9, bug, (b) => bugs.push(b))).toEqual({
      requestId: 9,
      error: { code: ErrorCode.ERROR_CODE_INTERNAL, message: "internal error" },
    });
    expect(bugs).toEqual([bug]);
  });
});
