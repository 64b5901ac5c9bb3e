// SCRAM-SHA-256 against RFC 7677's worked example, both halves against each other, and the ways a
// login must fail: wrong password, a server without the verifier, tampered nonces, bad syntax.
import { describe, expect, it } from "vitest";
import {
  parseClientFirst,
  ScramAuthError,
  ScramClient,
  ScramError,
  ScramServer,
  scramVerifier,
} from "./scram.js";

// RFC 7677 section 3.
const RFC = {
  user: "user",
  password: "pencil",
  clientNonce: "rOprNGfwEbeRWgbNEkqO",
  serverNonce: "%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0",
  salt: "W22ZaJ0SNY7soEsUEjb6gQ==",
  clientFirst: "n,,n=user,r=rOprNGfwEbeRWgbNEkqO",
  serverFirst: "r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096",
  clientFinal:
    "c=biws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,p=dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ=",
  serverFinal: "v=6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4=",
};

function rfcVerifier() {
  return scramVerifier(RFC.password, { salt: Buffer.from(RFC.salt, "base64"), iterations: 4096 });
}

function exchange(password: string, verifierPassword: string) {
  const client = new ScramClient("ana", password);
  const server = new ScramServer(parseClientFirst(client.clientFirst()), scramVerifier(verifierPassword));
  const clientFinal = client.clientFinal(server.serverFirst);
  return { client, server, clientFinal };
}

describe("SCRAM-SHA-256", () => {
  it("produces RFC 7677's client messages", () => {
    const client = new ScramClient(RFC.user, RFC.password, { nonce: RFC.clientNonce });
    expect(client.clientFirst()).toBe(RFC.clientFirst);
    expect(client.clientFinal(RFC.serverFirst)).toBe(RFC.clientFinal);
    expect(() => client.verifyServer(RFC.serverFinal)).not.toThrow();
  });

  it("produces RFC 7677's server messages from the stored verifier alone", () => {
    const first = parseClientFirst(RFC.clientFirst);
    expect(first).toMatchObject({ user: "user", nonce: RFC.clientNonce });
    const server = new ScramServer(first, rfcVerifier(), { nonce: RFC.serverNonce });
    expect(server.serverFirst).toBe(RFC.serverFirst);
    expect(server.finish(RFC.clientFinal)).toBe(RFC.serverFinal);
  });

  it("logs in with the right password and both sides are convinced", () => {
    const { client, server, clientFinal } = exchange("correct horse", "correct horse");
    expect(() => client.verifyServer(server.finish(clientFinal))).not.toThrow();
  });

  it("refuses a wrong password", () => {
    const { server, clientFinal } = exchange("wrong", "correct horse");
    expect(() => server.finish(clientFinal)).toThrow(ScramAuthError);
  });

  it("lets the client catch a server that does not hold the verifier", () => {
    const client = new ScramClient(RFC.user, RFC.password, { nonce: RFC.clientNonce });
    client.clientFinal(RFC.serverFirst);
    expect(() => client.verifyServer("v=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")).toThrow(ScramError);
    expect(() => client.verifyServer("e=invalid-proof")).toThrow(ScramAuthError);
  });

  it("normalises passwords with SASLprep, so equivalent spellings log in", () => {
    // U+00AA (ª) maps to "a" under NFKC; U+00AD (soft hyphen) maps to nothing.
    const { client, server, clientFinal } = exchange("p\u00ADassw\u00AAord", "passwaord");
    expect(() => client.verifyServer(server.finish(clientFinal))).not.toThrow();
    expect(() => scramVerifier("bad\u0007")).toThrow(ScramError);
  });

  it("escapes , and = in user names", () => {
    const client = new ScramClient("a,b=c", "x", { nonce: "n" });
    expect(client.clientFirst()).toBe("n,,n=a=2Cb=3Dc,r=n");
    expect(parseClientFirst(client.clientFirst()).user).toBe("a,b=c");
    expect(() => parseClientFirst("n,,n=a=41,r=n")).toThrow(ScramError);
  });

  it("refuses a server nonce that does not extend the client's, and absurd iteration counts", () => {
    const client = new ScramClient(RFC.user, RFC.password, { nonce: RFC.clientNonce });
    expect(() => client.clientFinal("r=other,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096")).toThrow(ScramError);
    expect(() => client.clientFinal(`r=${RFC.clientNonce}x,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=99999999`)).toThrow(
      /iterations/,
    );
    expect(() => client.clientFinal(`r=${RFC.clientNonce}x,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=1`)).toThrow(
      /iterations/,
    );
  });

  it("refuses a client-final message with another nonce, channel binding or no proof", () => {
    const server = new ScramServer(parseClientFirst(RFC.clientFirst), rfcVerifier(), {
      nonce: RFC.serverNonce,
    });
    expect(() => server.finish(RFC.clientFinal.replace("k0,", "k1,"))).toThrow(/nonce/);
    expect(() => server.finish(RFC.clientFinal.replace("c=biws", "c=eSws"))).toThrow(/channel binding/);
    expect(() => server.finish("c=biws,r=x")).toThrow(/proof/);
    expect(() => server.finish(`${RFC.clientFinal.slice(0, -4)}AA==`)).toThrow(ScramAuthError);
  });

  it("refuses malformed client-first messages", () => {
    for (const bad of [
      "",
      "y,,n=a,r=b",
      "p=tls-unique,,n=a,r=b",
      "n,,n=a",
      "n,,r=b",
      "n,,n=a,r=b,m=x",
      "n,,n=a,n=b,r=c",
    ])
      expect(() => parseClientFirst(bad), bad).toThrow(ScramError);
    expect(() => parseClientFirst(`n,,n=a,r=${"x".repeat(2000)}`)).toThrow(/too long/);
  });

  it("reproduces the worked example in docs/protocol.md (nick ana, password pencil)", () => {
    const verifier = scramVerifier("pencil", { salt: Buffer.from(RFC.salt, "base64"), iterations: 4096 });
    expect(verifier).toEqual({
      salt: RFC.salt,
      iterations: 4096,
      storedKey: "WG5d8oPm3OtcPnkdi4Uo7BkeZkBFzpcXkuLmtbsT4qY=",
      serverKey: "wfPLwcE6nTWhTAmQ7tl2KeoiWGPlZqQxSrmfPwDl2dU=",
    });
    const client = new ScramClient("ana", "pencil", { nonce: RFC.clientNonce });
    expect(client.clientFirst()).toBe("n,,n=ana,r=rOprNGfwEbeRWgbNEkqO");
    const server = new ScramServer(parseClientFirst(client.clientFirst()), verifier, {
      nonce: RFC.serverNonce,
    });
    expect(server.serverFirst).toBe(RFC.serverFirst);
    const clientFinal = client.clientFinal(server.serverFirst);
    expect(clientFinal).toBe(
      "c=biws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,p=PLv3sNIr/H3I0SOTFHXKHlZtwOs2fHigVhgEoMReyW4=",
    );
    expect(server.finish(clientFinal)).toBe("v=0OH0yusUCOpoAnjNKn/kkxxv1xEjzjkoUjgpXiyTDyE=");
  });
});
