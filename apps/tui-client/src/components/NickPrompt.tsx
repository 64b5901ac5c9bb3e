// Asks for a nick when none was given on the command line, in the environment or the config file.
import { Box, Text } from "ink";
import { useState } from "react";
import { useKeys } from "../hooks/use-keys.js";
import { useLineEditor } from "../hooks/use-line-editor.js";
import * as edit from "../state/editor.js";
import { InputLine } from "./InputLine.js";

export function NickPrompt({
  server,
  onNick,
  onCancel,
}: {
  server: string;
  onNick(nick: string): void;
  onCancel(): void;
}) {
  const { editor, update } = useLineEditor();
  const [problem, setProblem] = useState("");
  useKeys((key) => {
    if (key.type === "text" || key.type === "paste")
      update((s) => edit.insert(s, key.text.replace(/\s/g, "")));
    else if (key.type === "ctrl" && key.letter === "c") onCancel();
    else if (key.type === "key" && key.name === "backspace") update(edit.backspace);
    else if (key.type === "key" && key.name === "left") update(edit.moveLeft);
    else if (key.type === "key" && key.name === "right") update(edit.moveRight);
    else if (key.type === "key" && key.name === "enter") {
      const nick = update((s) => s).text.trim();
      if (nick) onNick(nick);
      else setProblem("A nick is needed to chat: type one and press Enter (Ctrl+C to leave).");
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
