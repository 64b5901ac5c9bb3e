// The input line: a prompt naming the conversation, the text with its cursor, scrolled sideways
// when it is wider than the screen. Line breaks from a paste show as "↵"; a password as dots.
import { Text } from "ink";
import { memo } from "react";
import { type LineEditorStore, useEditorState } from "../hooks/use-line-editor.js";
import { maskSecret } from "../state/commands.js";
import type { EditorState } from "../state/editor.js";
import { showableClusters } from "./clusters.js";
import { textWidth } from "./layout.js";

const segmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });

/**
 * The input line of `store`, drawn on its own when a key changes it: the rest of the screen is not
 * rendered again for a key, so an echo costs little more than the line itself.
 */
export const LiveInputLine = memo(function LiveInputLine({
  prompt,
  store,
  width,
}: {
  prompt: string;
  store: LineEditorStore;
  width: number;
}) {
  return <InputLine prompt={prompt} editor={useEditorState(store)} width={width} />;
});

export function InputLine({ prompt, editor, width }: { prompt: string; editor: EditorState; width: number }) {
  const shown = (s: string) => showableClusters(s.replace(/\n/g, "↵"));
  // A password after /register is drawn as dots; the cursor keeps its place in the masked text.
  const masked = maskSecret(editor.text);
  const cursor =
    masked === editor.text ? editor.cursor : [...maskSecret(editor.text.slice(0, editor.cursor))].length;
  const text = masked === editor.text ? editor.text : masked;
  const before = [...segmenter.segment(shown(text.slice(0, cursor)))].map((s) => s.segment);
  const after = [...segmenter.segment(shown(text.slice(cursor)))].map((s) => s.segment);
  const cursorChar = after.shift() ?? " ";
  const room = Math.max(4, width - textWidth(prompt) - textWidth(cursorChar));
  // Keep the cursor in view, showing as much as fits before it and then whatever follows.
  let left = "";
  let used = 0;
  for (let i = before.length - 1; i >= 0; i--) {
    const w = textWidth(before[i]!);
    if (used + w > room) break;
    left = before[i] + left;
    used += w;
  }
  let right = "";
  for (const g of after) {
    const w = textWidth(g);
    if (used + w > room) break;
    right += g;
    used += w;
  }
  return (
    <Text wrap="truncate-end">
      <Text color="cyanBright" bold>
        {prompt}
      </Text>
      {left}
      <Text inverse>{cursorChar}</Text>
      {right}
    </Text>
  );
}
