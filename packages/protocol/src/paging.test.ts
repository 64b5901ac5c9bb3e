// Following pages: every item once, in order; a repeated cursor stops the loop; RATE_LIMITED waits.
import { describe, expect, it } from "vitest";
import { ServerError } from "./errors.js";
import { ErrorCode } from "./messages.js";
import { collectPages, PagingLoopError } from "./paging.js";

/** Pages of `size` over 0..count-1, the cursor being the last number given. */
function numbers(count: number, size: number) {
  return async (cursor: string) => {
    const from = cursor ? Number(cursor) + 1 : 0;
    const items = Array.from({ length: Math.max(0, Math.min(size, count - from)) }, (_, i) => from + i);
    const last = items.at(-1);
    return { items, nextCursor: last !== undefined && last < count - 1 ? String(last) : "" };
  };
}

describe("collectPages", () => {
  it("follows cursors to the last page, from the start or from a given cursor", async () => {
    expect(await collectPages(numbers(10, 3))).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(await collectPages(numbers(10, 3), "5")).toEqual([6, 7, 8, 9]);
    expect(await collectPages(numbers(0, 3))).toEqual([]);
    expect(await collectPages(numbers(10, 3), "", 4)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it("stops with PagingLoopError when a cursor comes back", async () => {
    const stuck = async () => ({ items: [1], nextCursor: "same" });
    await expect(collectPages(stuck)).rejects.toBeInstanceOf(PagingLoopError);
  });

  it("asks again after the wait a RATE_LIMITED answer names", async () => {
    let refusals = 0;
    const pages = numbers(6, 2);
    const items = await collectPages(async (cursor) => {
      if (cursor === "1" && refusals++ === 0)
        throw new ServerError(ErrorCode.ERROR_CODE_RATE_LIMITED, "slow down", false, 5, 0);
      return pages(cursor);
    });
    expect(items).toEqual([0, 1, 2, 3, 4, 5]);
    expect(refusals).toBe(2);
  });
});
