// The line being typed: Enter sends, Shift+Enter starts a new line, and a file can be attached to the
// open conversation. Up recalls the last line sent while the box is empty.
import { useRef, useState } from "preact/hooks";

export function Composer(props: {
  label: string;
  maxChars: number;
  disabled: boolean;
  onSubmit(text: string): void;
  onFile(file: File): void;
}) {
  const [text, setText] = useState("");
  const last = useRef("");
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      if (!text.trim()) return;
      last.current = text;
      props.onSubmit(text);
      setText("");
    } else if (event.key === "ArrowUp" && text === "" && last.current) {
      event.preventDefault();
      setText(last.current);
    }
  };
  return (
    <form class="composer" onSubmit={(e) => e.preventDefault()}>
      <label class="visually-hidden" for="composer-text">
        Message {props.label}
      </label>
      <textarea
        id="composer-text"
        rows={1}
        placeholder={`Message ${props.label}`}
        maxLength={props.maxChars > 0 ? props.maxChars * 2 : undefined}
        value={text}
        disabled={props.disabled}
        onInput={(e) => setText((e.target as HTMLTextAreaElement).value)}
        onKeyDown={onKeyDown}
      />
      <label class="attach" title="Send a file">
        <span class="visually-hidden">Send a file</span>
        <span aria-hidden="true">📎</span>
        <input
          type="file"
          disabled={props.disabled}
          onChange={(e) => {
            const input = e.target as HTMLInputElement;
            const file = input.files?.[0];
            if (file) props.onFile(file);
            input.value = "";
          }}
        />
      </label>
    </form>
  );
}
