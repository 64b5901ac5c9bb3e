// Entry: finds the server's WebSocket endpoint (the page's own host, or `?ws=` during development)
// and renders the app. Everything else lives in components/, hooks/, state/ and client/.
import { render } from "preact";
import { App } from "./components/App";
import { endpointFor } from "./endpoint";

render(<App url={endpointFor(window.location)} />, document.getElementById("app")!);
