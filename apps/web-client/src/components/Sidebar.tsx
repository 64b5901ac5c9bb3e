// The list of conversations: rooms, then direct conversations, each with its unread count.
import { type Conversation, label } from "../state/model";

export function Sidebar(props: {
  conversations: Conversation[];
  active: string | null;
  onOpen(key: string): void;
}) {
  return (
    <nav class="sidebar" aria-label="Conversations">
      <ul>
        {props.conversations.map((c) => (
          <li key={c.key}>
            <button
              type="button"
              class={c.joined ? "" : "parted"}
              aria-current={c.key === props.active ? "page" : undefined}
              onClick={() => props.onOpen(c.key)}
            >
              <span class="name">{label(c)}</span>
              {c.unread > 0 && (
                <span class="unread">
                  {c.unread}
                  <span class="visually-hidden"> unread</span>
                </span>
              )}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
