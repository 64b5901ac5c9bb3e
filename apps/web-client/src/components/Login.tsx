// The first screen: pick a nick. The last one used is offered again.
import { useEffect, useRef, useState } from "preact/hooks";

const NICK_KEY = "parley.nick";

export function Login({ onLogin }: { onLogin(nick: string): void }) {
  const [nick, setNick] = useState(() => localStorage.getItem(NICK_KEY) ?? "");
  const field = useRef<HTMLInputElement>(null);
  // The page has nothing else to do first: start where the person will type.
  useEffect(() => field.current?.focus(), []);
  const submit = (event: Event) => {
    event.preventDefault();
    const chosen = nick.trim();
    if (!chosen) return;
    localStorage.setItem(NICK_KEY, chosen);
    onLogin(chosen);
  };
  return (
    <main class="login">
      <form onSubmit={submit} aria-labelledby="login-title">
        <h1 id="login-title">Parley</h1>
        <label for="nick">Nick</label>
        <input
          id="nick"
          name="nick"
          autoComplete="nickname"
          ref={field}
          required
          maxLength={64}
          value={nick}
          onInput={(e) => setNick((e.target as HTMLInputElement).value)}
        />
        <button type="submit">Join</button>
      </form>
    </main>
  );
}
