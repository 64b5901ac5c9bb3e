// Who is in the open room; choosing a nick opens a direct conversation with them.
export function Members(props: { members: string[]; me: string; onQuery(nick: string): void }) {
  return (
    <aside class="members" aria-label="Members">
      <h2>{props.members.length} here</h2>
      <ul>
        {props.members.map((nick) => (
          <li key={nick}>
            {nick === props.me ? (
              <span class="me">{nick}</span>
            ) : (
              <button type="button" onClick={() => props.onQuery(nick)} title={`Message ${nick}`}>
                {nick}
              </button>
            )}
          </li>
        ))}
      </ul>
    </aside>
  );
}
