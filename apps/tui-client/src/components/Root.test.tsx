// Without a nick from flags, environment or config, the client asks for one before connecting.
import { render } from "ink-testing-library";
import { afterEach, describe, expect, it, vi } from "vitest";
import { FakeConnection } from "../../test/fake-connection.js";
import { Root } from "./Root.js";

let unmount: (() => void) | undefined;
afterEach(() => unmount?.());

describe("Root", () => {
  it("asks for a nick, refuses an empty one, then connects with the nick typed", async () => {
    const connection = new FakeConnection();
    const createConnection = vi.fn(() => connection);
    const app = render(
      <Root nick="" server="127.0.0.1:7667" createConnection={createConnection} onQuit={vi.fn()} />,
    );
    unmount = app.unmount;
    await vi.waitFor(() => expect(app.lastFrame()).toContain("Choose a nick"));
    app.stdin.write("\r");
    await vi.waitFor(() => expect(app.lastFrame()).toContain("A nick is needed to chat"));
    expect(createConnection).not.toHaveBeenCalled();
    app.stdin.write("ana");
    app.stdin.write("\r");
    await vi.waitFor(() => expect(createConnection).toHaveBeenCalledWith("ana"));
    await vi.waitFor(() => expect(connection.started).toBe(true));
    await vi.waitFor(() => expect(app.lastFrame()).toContain("[connecting]"));
  });

  it("checks the nick by the server's rules, and asks again with the reason when the server refuses it", async () => {
    const connections: FakeConnection[] = [];
    const createConnection = vi.fn(() => {
      connections.push(new FakeConnection());
      return connections.at(-1)!;
    });
    const app = render(<Root nick="" server="s" createConnection={createConnection} onQuit={vi.fn()} />);
    unmount = app.unmount;
    await vi.waitFor(() => expect(app.lastFrame()).toContain("Choose a nick"));
    app.stdin.write("bad nick!");
    app.stdin.write("\r");
    await vi.waitFor(() =>
      expect(app.lastFrame()).toContain("A nick may hold letters, digits and _-[]{}| only"),
    );
    expect(app.lastFrame()).toContain("nick> bad nick!");
    expect(createConnection).not.toHaveBeenCalled();

    for (let i = 0; i < "bad nick!".length; i++) app.stdin.write("\x7f");
    app.stdin.write("averyveryverylongnickname\r");
    await vi.waitFor(() => expect(createConnection).toHaveBeenCalledWith("averyveryverylongnickname"));
    await vi.waitFor(() => expect(connections[0]!.started).toBe(true));
    connections[0]!.emit({ type: "status", status: { type: "closed", reason: "That nick is too long" } });
    await vi.waitFor(() => expect(app.lastFrame()).toContain("That nick is too long"));
    expect(app.lastFrame()).toContain("nick> averyveryverylongnickname");
    for (let i = 0; i < 20; i++) app.stdin.write("\x7f");
    app.stdin.write("\r");
    await vi.waitFor(() => expect(createConnection).toHaveBeenLastCalledWith("avery"));
    await vi.waitFor(() => expect(connections[1]!.started).toBe(true));
    // Once logged in, a later close is the chat's business, not the question's.
    connections[1]!.emit({ type: "loggedIn", nick: "avery" });
    connections[1]!.emit({ type: "status", status: { type: "closed", reason: "you quit" } });
    await vi.waitFor(() => expect(app.lastFrame()).toContain("[offline]"));
    expect(app.lastFrame()).not.toContain("Choose a nick");
  });

  it("skips the question when the nick is known, and Ctrl+C at the question quits", async () => {
    const known = new FakeConnection();
    const first = render(<Root nick="bob" server="s" createConnection={() => known} onQuit={vi.fn()} />);
    await vi.waitFor(() => expect(known.started).toBe(true));
    first.unmount();
    const onQuit = vi.fn();
    const second = render(
      <Root nick="" server="s" createConnection={() => new FakeConnection()} onQuit={onQuit} />,
    );
    unmount = second.unmount;
    await vi.waitFor(() => expect(second.lastFrame()).toContain("Choose a nick"));
    second.stdin.write("\x03");
    await vi.waitFor(() => expect(onQuit).toHaveBeenCalledWith(""));
  });
});
