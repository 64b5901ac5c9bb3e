// Server refusals in plain words, naming the nick or room they are about.
import { ConnectionClosedError, ErrorCode, RequestTimeoutError, ServerError } from "@parley/protocol";
import { describe, expect, it } from "vitest";
import { describeError, describeServerClose } from "./errors.js";

const refusal = (code: ErrorCode, message = "", extra: { retryAfterMs?: number; banUntilMs?: number } = {}) =>
  new ServerError(code, message, false, extra.retryAfterMs ?? 0, extra.banUntilMs ?? 0);

describe("describeError", () => {
  it("puts common refusals in plain words", () => {
    expect(describeError(refusal(ErrorCode.ERROR_CODE_NICK_IN_USE), { nick: "bob" })).toBe(
      "The nick bob is already in use.",
    );
    expect(describeError(refusal(ErrorCode.ERROR_CODE_RATE_LIMITED, "", { retryAfterMs: 1200 }))).toBe(
      "You are sending too fast; wait 2s.",
    );
    expect(describeError(refusal(ErrorCode.ERROR_CODE_NO_SUCH_USER), { nick: "zed" })).toBe(
      "No user called zed is online.",
    );
    expect(describeError(refusal(ErrorCode.ERROR_CODE_NOT_IN_ROOM), { room: "dev" })).toBe(
      "You are not in #dev.",
    );
    expect(
      describeError(refusal(ErrorCode.ERROR_CODE_MESSAGE_TOO_LONG, "a message has at most 10 characters")),
    ).toBe("That message is too long: a message has at most 10 characters");
    expect(describeError(refusal(ErrorCode.ERROR_CODE_BANNED))).toBe("You are banned.");
    expect(describeError(refusal(ErrorCode.ERROR_CODE_INVALID_NICK, "too long"), { nick: "x" })).toBe(
      '"x" is not a valid nick: too long',
    );
  });

  it("falls back to the server's own words, then to the code name", () => {
    expect(describeError(refusal(ErrorCode.ERROR_CODE_INVALID_ROOM, "room names are short"))).toBe(
      "room names are short",
    );
    expect(describeError(refusal(ErrorCode.ERROR_CODE_QUOTA_EXCEEDED))).toBe("quota exceeded");
  });

  it("explains connection trouble", () => {
    expect(describeError(new ConnectionClosedError("closed"))).toBe("Not connected.");
    expect(describeError(new RequestTimeoutError("slow"))).toBe("The server did not answer in time.");
  });
});

describe("describeServerClose", () => {
  it("says why the server closed the connection, in words that fit 'Connection lost (…)'", () => {
    expect(describeServerClose(refusal(ErrorCode.ERROR_CODE_RATE_LIMITED, "disconnected for flooding"))).toBe(
      "the server disconnected you for sending too fast",
    );
    expect(describeServerClose(refusal(ErrorCode.ERROR_CODE_PING_TIMEOUT))).toBe(
      "the server heard nothing from this client in time",
    );
    expect(describeServerClose(refusal(ErrorCode.ERROR_CODE_SEND_QUEUE_OVERFLOW))).toMatch(/behind reading/);
    expect(describeServerClose(refusal(ErrorCode.ERROR_CODE_SHUTTING_DOWN))).toBe(
      "the server is shutting down",
    );
    expect(describeServerClose(refusal(ErrorCode.ERROR_CODE_INTERNAL, "disk full"))).toBe(
      "the server closed the connection: disk full",
    );
  });
});
