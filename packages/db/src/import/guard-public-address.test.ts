import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fetchPage, PageFetchError } from "./fetch-page";
import { isPublicAddress } from "./guard-public-address";

describe("isPublicAddress", () => {
  it.each([
    ["127.0.0.1", false],
    ["127.255.1.2", false],
    ["10.1.2.3", false],
    ["172.16.0.1", false],
    ["172.31.255.255", false],
    ["192.168.1.1", false],
    ["169.254.169.254", false],
    ["100.64.0.1", false],
    ["0.0.0.0", false],
    ["224.0.0.1", false],
    ["255.255.255.255", false],
    ["::1", false],
    ["::", false],
    ["fe80::1", false],
    ["fd00:ec2::254", false],
    ["::ffff:127.0.0.1", false],
    ["::ffff:10.0.0.1", false],
    ["not an address", false],
    ["8.8.8.8", true],
    ["172.32.0.1", true],
    ["93.184.216.34", true],
    ["2606:4700:4700::1111", true],
    ["::ffff:8.8.8.8", true],
    ["::ffff:808:808", true],
    ["::ffff:a9fe:a9fe", false],
  ])("%s -> %s", (address, expected) => {
    expect(isPublicAddress(address)).toBe(expected);
  });
});

describe("fetchPage with an address filter (the dashboard's URL import)", () => {
  const hits: string[] = [];
  let port: number;
  let server: http.Server;
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      hits.push(`${req.headers.host}${req.url}`);
      if (req.url === "/hop") {
        res.writeHead(302, { location: `http://127.0.0.2:${port}/inner` });
        return res.end();
      }
      res.writeHead(200, { "content-type": "text/html" });
      res.end("<html><head><title>Inner page</title></head><body><p>Text.</p></body></html>");
    });
    // All interfaces: 127.0.0.2 reaches it too (Linux routes 127.0.0.0/8 to loopback).
    await new Promise<void>((r) => server.listen(0, "0.0.0.0", r));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  const options = { maxBytes: 1024 * 1024, timeoutMs: 5_000 };
  const refused = async (url: string, allowAddress: (a: string) => boolean) => {
    const before = hits.length;
    const error = await fetchPage(new URL(url), { ...options, allowAddress }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PageFetchError);
    expect(hits.length, "the server was never reached").toBe(before);
    return (error as Error).message;
  };

  it("refuses a loopback address written in the URL", async () => {
    expect(await refused(`http://127.0.0.1:${port}/`, isPublicAddress)).toMatch(/^refused: 127\.0\.0\.1, a loopback, private.*FRAMEWATCH_URL_ALLOW_PRIVATE=1/);
    expect(await refused(`http://[::ffff:127.0.0.1]:${port}/`, isPublicAddress)).toMatch(/^refused: ::ffff:7f00:1/);
  });

  it("refuses a host name by the address it resolves to when connecting", async () => {
    expect(await refused(`http://localhost:${port}/`, isPublicAddress)).toMatch(/refused: localhost resolves to (127\.0\.0\.1|::1), a loopback/);
  });

  it("checks every redirect hop: an allowed first address redirected to a refused one is not followed", async () => {
    const before = hits.length;
    const error = await fetchPage(new URL(`http://127.0.0.1:${port}/hop`), { ...options, allowAddress: (a) => a === "127.0.0.1" }).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/^refused: 127\.0\.0\.2/);
    expect(hits.slice(before)).toEqual([`127.0.0.1:${port}/hop`]);
  });

  it("fetches the same addresses without a filter (the command line; FRAMEWATCH_URL_ALLOW_PRIVATE=1)", async () => {
    const page = await fetchPage(new URL(`http://127.0.0.1:${port}/hop`), options);
    expect(page.url).toBe(`http://127.0.0.2:${port}/inner`);
    expect(page.bytes.toString()).toContain("Inner page");
  });
});
