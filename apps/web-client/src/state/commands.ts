// What a line typed in the composer means: a message, or a slash command. Pure parsing; the page
// carries the result out. "//text" sends "/text" as a message.

export type Command =
  | { type: "say"; text: string }
  | { type: "me"; text: string }
  | { type: "join"; room: string }
  | { type: "part"; room?: string }
  | { type: "nick"; nick: string }
  | { type: "topic"; topic: string }
  | { type: "msg"; nick: string; text: string }
  | { type: "query"; nick: string }
  | { type: "help" }
  /** Not understood: `text` says why, for a person. */
  | { type: "invalid"; text: string };

/** The commands, as /help lists them. */
export const HELP =
  "/join #room · /part · /nick name · /topic text · /me action · /msg nick text · /query nick · //text sends /text";

export function parseCommand(line: string): Command | null {
  if (line.trim() === "") return null;
  if (!line.startsWith("/") || line.startsWith("//"))
    return { type: "say", text: line.startsWith("//") ? line.slice(1) : line };
  const [, name = "", rest = ""] = /^\/(\S*)\s*([\s\S]*)$/.exec(line) ?? [];
  const words = rest.trim().split(/\s+/).filter(Boolean);
  switch (name.toLowerCase()) {
    case "me":
      return rest.trim() ? { type: "me", text: rest.trim() } : { type: "invalid", text: "Usage: /me action" };
    case "join":
    case "j":
      return words[0]
        ? { type: "join", room: words[0].replace(/^#/, "") }
        : { type: "invalid", text: "Usage: /join #room" };
    case "part":
    case "leave":
      return words[0] ? { type: "part", room: words[0].replace(/^#/, "") } : { type: "part" };
    case "nick":
      return words[0] ? { type: "nick", nick: words[0] } : { type: "invalid", text: "Usage: /nick name" };
    case "topic":
      return { type: "topic", topic: rest.trim() };
    case "msg": {
      const [nick, ...text] = words;
      const body = rest
        .trim()
        .slice((nick ?? "").length)
        .trim();
      return nick && text.length > 0
        ? { type: "msg", nick, text: body }
        : { type: "invalid", text: "Usage: /msg nick text" };
    }
    case "query":
      return words[0] ? { type: "query", nick: words[0] } : { type: "invalid", text: "Usage: /query nick" };
    case "help":
      return { type: "help" };
    default:
      return { type: "invalid", text: `Unknown command /${name}. ${HELP}` };
  }
}
