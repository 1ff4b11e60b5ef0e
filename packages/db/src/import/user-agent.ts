import dbPackage from "../../package.json" with { type: "json" };

/**
 * The User-Agent of every page `corpus import --urls` fetches: names the program and its version, as polite
 * crawlers do, so a site can tell it from a browser and rate-limit or block it on purpose. It names no web page:
 * the project has no public home, and a made-up address would send a site operator nowhere.
 */
export const USER_AGENT = `Framewatch/${dbPackage.version} (self-hosted news analysis; one request per site per second)`;
