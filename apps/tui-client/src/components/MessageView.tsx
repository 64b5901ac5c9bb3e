// The conversation: wrapped rows from the layout, newest at the bottom, held in place while scrolled up.
import { Box, Text } from "ink";
import { useMemo } from "react";
import type { ChatBuffer } from "../state/model.js";
import { nickColumnWidth, visibleRows } from "./layout.js";

export function MessageView({
  buffer,
  width,
  height,
}: {
  buffer: ChatBuffer;
  width: number;
  height: number;
}) {
  const rows = useMemo(
    () =>
      visibleRows(
        buffer.lines,
        width,
        height,
        buffer.scrollOffset,
        nickColumnWidth(buffer.lines),
        buffer.readMarker,
      ),
    [buffer.lines, buffer.scrollOffset, buffer.readMarker, width, height],
  );
  return (
    <Box flexDirection="column" width={width} height={height} justifyContent="flex-end" overflow="hidden">
      {rows.map((row) => (
        <Text key={row.key} wrap="truncate-end">
          {row.segments.map((s, i) => (
            <Text
              // biome-ignore lint/suspicious/noArrayIndexKey: segments of a row never reorder
              key={i}
              color={s.color}
              bold={s.bold}
              dimColor={s.dim}
              inverse={s.inverse}
            >
              {s.text}
            </Text>
          ))}
        </Text>
      ))}
    </Box>
  );
}
