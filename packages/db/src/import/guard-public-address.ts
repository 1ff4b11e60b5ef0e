import dns from "node:dns";
import net from "node:net";
import { PageFetchError } from "./fetch-page";

/**
 * Address blocks a page fetched on a user's behalf (the dashboard's URL import) must not reach: this machine,
 * private networks, link-local (cloud metadata services at 169.254.169.254 and fd00:ec2::254), carrier-grade NAT,
 * multicast and reserved ranges. Otherwise anyone allowed to import could make the server read its own admin
 * ports or its cloud credentials (SSRF).
 */
const BLOCKED = new net.BlockList();
for (const [prefix, bits] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.0.2.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["198.51.100.0", 24],
  ["203.0.113.0", 24],
  ["224.0.0.0", 4],
  ["240.0.0.0", 4],
] as const)
  BLOCKED.addSubnet(prefix, bits, "ipv4");
for (const [prefix, bits] of [
  ["::", 128],
  ["::1", 128],
  ["fc00::", 7],
  ["fe80::", 10],
  ["ff00::", 8],
  ["2001:db8::", 32],
  ["64:ff9b::", 96],
] as const)
  BLOCKED.addSubnet(prefix, bits, "ipv6");

/** Whether `address` (an IPv4 or IPv6 literal) is one the public internet has; IPv4-mapped IPv6 is judged as its IPv4. */
export function isPublicAddress(address: string): boolean {
  const family = net.isIP(address);
  if (family === 0) return false;
  if (family === 6) {
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/iu.exec(address)?.[1];
    if (mapped) return isPublicAddress(mapped);
    // The same written in hex, as URL parsing normalises it ([::ffff:127.0.0.1] becomes [::ffff:7f00:1]).
    const hex = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/iu.exec(address);
    if (hex) {
      const [hi, lo] = [parseInt(hex[1]!, 16), parseInt(hex[2]!, 16)];
      return isPublicAddress(`${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`);
    }
    return !BLOCKED.check(address, "ipv6");
  }
  return !BLOCKED.check(address, "ipv4");
}

/** Which addresses a fetch may connect to: isPublicAddress for the dashboard, something narrower in tests. */
export type AddressFilter = (address: string) => boolean;

/** Refuses a URL whose host is written as an address the filter refuses (a name is checked when it is resolved: filteredLookup). */
export function checkLiteralHost(url: URL, allow: AddressFilter): void {
  const host = url.hostname.replace(/^\[|\]$/gu, "");
  if (net.isIP(host) !== 0 && !allow(host)) throw new PageFetchError(refusal(host));
}

function refusal(address: string, name?: string): string {
  return `refused: ${name ? `${name} resolves to ` : ""}${address}, a loopback, private, link-local or reserved address (FRAMEWATCH_URL_ALLOW_PRIVATE=1 allows it)`;
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | dns.LookupAddress[], family?: number) => void;

/**
 * A dns.lookup for the connections fetch opens: it resolves as usual and fails when any address is refused.
 * Checked where the connection is made, so a name that resolves to a public address when asked first and to
 * 127.0.0.1 when connected (DNS rebinding) is refused too, on every redirect hop.
 */
function filteredLookup(allow: AddressFilter) {
  return (hostname: string, options: dns.LookupOptions, callback: LookupCallback): void => {
    dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, []);
      const bad = addresses.find((a) => !allow(a.address));
      if (bad) return callback(Object.assign(new Error(refusal(bad.address, hostname)), { code: REFUSED_CODE }), []);
      if (options.all) return callback(null, addresses);
      const first = addresses[0];
      if (!first) return callback(Object.assign(new Error(`no address for ${hostname}`), { code: "ENOTFOUND" }), []);
      callback(null, first.address, first.family);
    });
  };
}

/** The error code of a connection refused by the filter: describeFetchError passes its message on as the reason. */
export const REFUSED_CODE = "EFRAMEWATCHREFUSED";

const dispatchers = new WeakMap<AddressFilter, unknown>();

/**
 * A connection pool for Node's fetch whose connections resolve through the filter. Node bundles undici but does
 * not export its Agent class; the pool fetch keeps under undici's global-dispatcher symbol is one, so another of
 * its class is made from it (rather than depending on a separately installed undici, whose version could differ
 * from the bundled fetch's). Fails closed: without that class nothing is fetched.
 */
export async function filteredDispatcher(allow: AddressFilter): Promise<unknown> {
  const made = dispatchers.get(allow);
  if (made) return made;
  // The global pool exists once fetch has run in this process.
  await fetch("data:text/plain,");
  const global = (globalThis as unknown as Record<symbol, { constructor: new (options: object) => unknown } | undefined>)[
    Symbol.for("undici.globalDispatcher.1")
  ];
  if (!global) throw new PageFetchError("refused: this Node.js keeps no fetch connection pool to check addresses with");
  const dispatcher = new global.constructor({ connect: { lookup: filteredLookup(allow) } });
  dispatchers.set(allow, dispatcher);
  return dispatcher;
}
