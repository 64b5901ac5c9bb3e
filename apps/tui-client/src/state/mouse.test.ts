// Mouse reports decoded from what the terminal sends, and what each does on the screen.
import { describe, expect, it } from "vitest";
import { mouseAction, roomListFirst, splitMouseReports } from "./mouse.js";

describe("mouse", () => {
  it("finds SGR reports in a piece of input, several at once and between keys", () => {
    expect(splitMouseReports("hello")).toEqual(["hello"]);
    expect(splitMouseReports("\x1b[<64;30;10M\x1b[<65;30;10Mab\x1b[<0;3;4m")).toEqual([
      { button: 64, column: 30, row: 10, release: false },
      { button: 65, column: 30, row: 10, release: false },
      "ab",
      { button: 0, column: 3, row: 4, release: true },
    ]);
  });

  it("scrolls with the wheel and switches to the room clicked in the list", () => {
    const layout = {
      roomListWidth: 18,
      bodyHeight: 5,
      order: ["server", "room:a", "room:b"],
      active: "server",
    };
    const at = (button: number, column: number, row: number, release = false) =>
      mouseAction({ button, column, row, release }, layout);
    expect(at(64, 40, 10)).toEqual({ type: "scroll", rows: 3 });
    expect(at(65 + 16, 40, 10)).toEqual({ type: "scroll", rows: -3 });
    expect(at(0, 5, 3)).toEqual({ type: "switchTo", key: "room:a" });
    expect(at(0, 5, 4)).toEqual({ type: "switchTo", key: "room:b" });
    expect(at(0, 5, 3, true)).toBeNull();
    expect(at(0, 5, 1)).toBeNull();
    expect(at(0, 5, 6)).toBeNull();
    expect(at(0, 19, 3)).toBeNull();
    expect(at(2, 5, 3)).toBeNull();
  });

  it("follows the room list's window when it has slid to keep the shown buffer in view", () => {
    const order = ["s", "a", "b", "c", "d", "e"];
    expect(roomListFirst(order, "e", 3)).toBe(3);
    expect(
      mouseAction(
        { button: 0, column: 2, row: 2, release: false },
        { roomListWidth: 18, bodyHeight: 3, order, active: "e" },
      ),
    ).toEqual({ type: "switchTo", key: "c" });
  });
});
