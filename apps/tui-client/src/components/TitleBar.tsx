// Top row: the conversation shown and its topic.
import { Text } from "ink";
import { bufferLabel, type ChatBuffer } from "../state/model.js";
import { fit } from "./layout.js";

export function TitleBar({ buffer, width }: { buffer: ChatBuffer; width: number }) {
  const label =
    buffer.kind === "server"
      ? `${buffer.name} — server messages`
      : buffer.kind === "dm"
        ? `${buffer.name} — direct conversation`
        : `${bufferLabel(buffer)}${buffer.topic ? ` — ${buffer.topic}` : ""}`;
  return (
    <Text backgroundColor="blue" color="whiteBright" wrap="truncate-end">
      {fit(` ${label}`, width)}
    </Text>
  );
}
