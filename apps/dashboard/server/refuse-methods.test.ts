import http from "node:http";
import net from "node:net";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answerClientError, refuseConnect, refuseUnsupportedMethod } from "./refuse-methods.mjs";

/** Raw HTTP/1.1 over a socket: Node's own client refuses to send some of these methods the way a hostile client would. */
function rawRequest(port: number, text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, "127.0.0.1", () => socket.write(text));
    let data = "";
    socket.setEncoding("utf8");
    socket.on("data", (chunk) => (data += chunk));
    socket.on("end", () => resolve(data));
    socket.on("error", reject);
    socket.setTimeout(5000, () => reject(new Error(`no answer to ${text.split("\r\n")[0]}`)));
  });
}

describe("the front server's method check (a real HTTP server, as server/main.mjs wires it)", () => {
  let server: http.Server;
  let port: number;
  const reachedNext: string[] = [];

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      if (refuseUnsupportedMethod(req, res)) return;
      // Stands in for Next's handler: records what got through.
      reachedNext.push(`${req.method} ${req.url}`);
      res.end("next");
    });
    server.on("connect", refuseConnect);
    server.on("clientError", answerClientError);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("answers TRACE with 405, the route's Allow header and a JSON error, before the handler", async () => {
    const reply = await rawRequest(port, "TRACE /api/charts/claims HTTP/1.1\r\nHost: x\r\nCookie: secret\r\n\r\n");
    expect(reply).toMatch(/^HTTP\/1\.1 405 Method Not Allowed\r\n/);
    expect(reply).toMatch(/\r\nallow: GET, HEAD\r\n/i);
    expect(reply).toMatch(/\r\ncontent-security-policy: default-src 'none'/i);
    // TRACE's point is echoing the request back (cookies included): nothing of it may come back.
    expect(reply).not.toContain("secret");
    expect(JSON.parse(reply.slice(reply.indexOf("\r\n\r\n") + 4))).toEqual({ error: "Method TRACE is not allowed here. Allowed: GET, HEAD." });
    const shortLinks = await rawRequest(port, "TRACE /api/short-links HTTP/1.1\r\nHost: x\r\n\r\n");
    expect(shortLinks).toMatch(/\r\nallow: POST\r\n/i);
    expect(reachedNext).toEqual([]);
  });

  it("answers CONNECT with 405 instead of dropping the connection", async () => {
    const reply = await rawRequest(port, "CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\n");
    expect(reply).toMatch(/^HTTP\/1\.1 405 Method Not Allowed\r\n/);
    expect(reply).toMatch(/\r\nallow: GET, HEAD\r\n/i);
  });

  it("answers 404 on a path no route owns, as Next does for any method", async () => {
    const reply = await rawRequest(port, "TRACE /api/nothing HTTP/1.1\r\nHost: x\r\n\r\n");
    expect(reply).toMatch(/^HTTP\/1\.1 404 Not Found\r\n/);
    expect(reply).not.toMatch(/\r\nallow:/i);
  });

  it("answers method names Node's parser does not know (TRACK, FOO) with the same 405, not a bare 400", async () => {
    const track = await rawRequest(port, "TRACK /api/short-links HTTP/1.1\r\nHost: x\r\n\r\n");
    expect(track).toMatch(/^HTTP\/1\.1 405 Method Not Allowed\r\n/);
    expect(track).toMatch(/\r\nallow: POST\r\n/i);
    expect(track).toContain("Method TRACK is not allowed here.");
    const foo = await rawRequest(port, "FOO /claims?x=1 HTTP/1.1\r\nHost: x\r\n\r\n");
    expect(foo).toMatch(/^HTTP\/1\.1 405 /);
    expect(foo).toMatch(/\r\nallow: GET, HEAD\r\n/i);
    // A name that is not even a token is not echoed back.
    const odd = await rawRequest(port, "F<O> / HTTP/1.1\r\nHost: x\r\n\r\n");
    expect(odd).toMatch(/^HTTP\/1\.1 405 /);
    expect(odd).not.toContain("<O>");
    expect(reachedNext).toEqual([]);
  });

  it("keeps Node's own answers to other malformed requests", async () => {
    expect(await rawRequest(port, "GET / HTTP/1.1\r\nBad Header\r\n\r\n")).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/);
    expect(await rawRequest(port, `GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${"a".repeat(20_000)}\r\n\r\n`)).toMatch(/^HTTP\/1\.1 431 /);
    expect(reachedNext).toEqual([]);
  });

  it("hands every other method to Next (its proxy answers 405 from the same table)", async () => {
    for (const method of ["GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS", "PATCH", "PROPFIND"]) {
      const reply = await rawRequest(port, `${method} /claims HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
      expect(reply, method).toMatch(/^HTTP\/1\.1 200 /);
    }
    expect(reachedNext).toEqual(["GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS", "PATCH", "PROPFIND"].map((m) => `${m} /claims`));
  });
});
