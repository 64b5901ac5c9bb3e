// The conversation's lines. Follows the newest line while the view is at the bottom, keeps what is on
// screen in place when older pages arrive above it, and asks for those pages at the top (PageUp,
// Home, or the button). Text from other people is rendered as text, never as HTML.
import type { FileInfo } from "@parley/protocol/browser";
import { useLayoutEffect, useRef } from "preact/hooks";
import type { Conversation, Line } from "../state/model";
import { formatBytes, formatTime } from "./format";

/** Within this many pixels of the bottom counts as at the bottom. */
const BOTTOM_SLACK_PX = 24;

export function MessageList(props: {
  conversation: Conversation;
  onLoadOlder(): void;
  onDownload(file: FileInfo): void;
}) {
  const { conversation } = props;
  const list = useRef<HTMLDivElement>(null);
  /** Where the view stood before this render: at the bottom, or its distance from the bottom. */
  const before = useRef({ key: "", atBottom: true, fromBottom: 0 });

  // Measure before the DOM changes (render runs this body first)…
  const element = list.current;
  if (element && before.current.key === conversation.key) {
    const fromBottom = element.scrollHeight - element.scrollTop - element.clientHeight;
    before.current = { key: conversation.key, atBottom: fromBottom <= BOTTOM_SLACK_PX, fromBottom };
  }
  // …and restore after it, before the browser paints: no jump either way.
  useLayoutEffect(() => {
    const el = list.current;
    if (!el) return;
    const switched = before.current.key !== conversation.key;
    if (switched || before.current.atBottom) el.scrollTop = el.scrollHeight;
    else el.scrollTop = el.scrollHeight - el.clientHeight - before.current.fromBottom;
    before.current = { ...before.current, key: conversation.key };
  });

  const onKeyDown = (event: KeyboardEvent) => {
    const el = list.current;
    if (!el || !conversation.olderAvailable) return;
    if ((event.key === "PageUp" && el.scrollTop === 0) || event.key === "Home") props.onLoadOlder();
  };
  const onScroll = () => {
    if (list.current?.scrollTop === 0 && conversation.olderAvailable) props.onLoadOlder();
  };

  return (
    <div
      ref={list}
      class="log"
      role="log"
      aria-live="polite"
      aria-label={`Messages in ${conversation.name}`}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling log must take focus, or a keyboard cannot scroll it
      tabIndex={0}
      onKeyDown={onKeyDown}
      onScroll={onScroll}
    >
      <ol>
        {conversation.olderAvailable && (
          <li class="older">
            <button type="button" onClick={props.onLoadOlder}>
              Load older messages
            </button>
          </li>
        )}
        {conversation.lines.map((line) => (
          <LineView key={line.id} line={line} onDownload={props.onDownload} />
        ))}
      </ol>
    </div>
  );
}

function LineView({ line, onDownload }: { line: Line; onDownload(file: FileInfo): void }) {
  if (line.kind === "system")
    return (
      <li class={`system ${line.tone}`}>
        <time>{formatTime(line.atMs)}</time>
        <span class="text">{line.text}</span>
      </li>
    );
  const classes = [
    "message",
    line.own ? "own" : "",
    line.pending ? "pending" : "",
    line.action ? "action" : "",
  ];
  return (
    <li class={classes.join(" ").trim()} data-seq={line.seq || undefined}>
      <time>{formatTime(line.atMs)}</time>
      <span class="from">{line.action ? `* ${line.from}` : line.from}</span>
      <span class="text">{line.text}</span>
      {line.file && (
        <span class="file" data-file-id={line.file.id ?? ""}>
          {formatBytes(line.file.size ?? 0)}
          <button type="button" onClick={() => onDownload(line.file!)}>
            Download
          </button>
        </span>
      )}
    </li>
  );
}
