// Left column: every buffer with its Alt+digit number and its unread / highlight counts.
import { Box, Text } from "ink";
import { bufferLabel, type ChatState } from "../state/model.js";
import { roomListFirst } from "../state/mouse.js";
import { fit, textWidth } from "./layout.js";

export function RoomList({ state, width, height }: { state: ChatState; width: number; height: number }) {
  const inner = width - 1;
  // More buffers than rows: slide the window so the one shown stays in view.
  const first = roomListFirst(state.order, state.active, height);
  return (
    <Box
      flexDirection="column"
      width={width}
      height={height}
      borderStyle="single"
      borderTop={false}
      borderBottom={false}
      borderLeft={false}
      borderDimColor
    >
      {state.order.slice(first, first + height).map((key, offset) => {
        const index = first + offset;
        const buffer = state.buffers[key]!;
        const active = key === state.active;
        const number = index < 9 ? `${index + 1}` : index === 9 ? "0" : " ";
        const counts =
          buffer.highlights > 0 ? `${buffer.unread}!` : buffer.unread > 0 ? `${buffer.unread}` : "";
        const name = buffer.kind === "server" ? buffer.name || "server" : bufferLabel(buffer);
        const label = fit(`${number} ${name}`, Math.max(1, inner - textWidth(counts) - (counts ? 1 : 0)));
        const colour = buffer.highlights > 0 ? "magentaBright" : buffer.unread > 0 ? "yellow" : undefined;
        const parted = buffer.kind === "room" && !buffer.joined;
        return (
          <Text key={key} inverse={active} color={colour} dimColor={parted && !active} wrap="truncate-end">
            {label}
            {counts ? ` ${counts}` : ""}
          </Text>
        );
      })}
    </Box>
  );
}
