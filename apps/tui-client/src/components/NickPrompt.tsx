// Asks for a nick when none was given on the command line, in the environment or the config file,
// or when the server refused the one given. A nick is checked here by the server's own rules, so
// what is typed is what is asked for, never a silently altered string.
import { nickProblem } from "@parley/protocol";
import { Box, Text } from "ink";
import { useState } from "react";
import { useKeys } from "../hooks/use-keys.js";
import { useLineEditor } from "../hooks/use-line-editor.js";
import * as edit from "../state/editor.js";
import { InputLine } from "./InputLine.js";

export function NickPrompt({
  server,
  refusal = "",
  initialNick = "",
  onNick,
  onCancel,
}: {
  server: string;
  /** Why the server refused the last nick, shown until another is typed. */
  refusal?: string;
  /** Text to start from (the refused nick, to correct). */
  initialNick?: string;
  onNick(nick: string): void;
  onCancel(): void;
}) {
  const { editor, update } = useLineEditor({
    ...edit.emptyEditor,
    text: initialNick,
    cursor: initialNick.length,
  });
  const [problem, setProblem] = useState(refusal);
  useKeys((key) => {
    if (key.type === "text" || key.type === "paste") update((s) => edit.insert(s, key.text));
    else if (key.type === "ctrl" && key.letter === "c") onCancel();
    else if (key.type === "key" && key.name === "backspace") update(edit.backspace);
    else if (key.type === "key" && key.name === "left") update(edit.moveLeft);
    else if (key.type === "key" && key.name === "right") update(edit.moveRight);
    else if (key.type === "key" && key.name === "enter") {
      const nick = update((s) => s).text.trim();
      const why = nick ? nickProblem(nick) : "A nick is needed to chat";
      if (why) setProblem(`${capitalise(why)}: type another and press Enter (Ctrl+C to leave).`);
      else onNick(nick);
    }
  });
  return (
    <Box flexDirection="column" paddingX={2} paddingY={1}>
      <Text bold>Parley — {server}</Text>
      <Text>Choose a nick (people will see you by it):</Text>
      <InputLine prompt="nick> " editor={editor} width={40} />
      {problem ? <Text color="red">{problem}</Text> : null}
    </Box>
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
