// Top row: the conversation shown and its topic.
import { Text } from "ink";
import { memo } from "react";
import { bufferLabel, type ChatBuffer } from "../state/model.js";
import { fit } from "./layout.js";

/** What the bar says for `buffer`. */
function titleOf(buffer: ChatBuffer): string {
  return buffer.kind === "server"
    ? `${buffer.name} — server messages`
    : buffer.kind === "dm"
      ? `${buffer.name} — direct conversation`
      : `${bufferLabel(buffer)}${buffer.topic ? ` — ${buffer.topic}` : ""}`;
}

/** Drawn again only when its text or width changes, not for every message that changes the buffer. */
export const TitleBar = memo(
  function TitleBar({ buffer, width }: { buffer: ChatBuffer; width: number }) {
    return (
      <Text backgroundColor="blue" color="whiteBright" wrap="truncate-end">
        {fit(` ${titleOf(buffer)}`, width)}
      </Text>
    );
  },
  (a, b) => a.width === b.width && titleOf(a.buffer) === titleOf(b.buffer),
);
