import dbPackage from "../../package.json";

/**
 * Where a site operator who finds Framewatch in their logs can read what it is. The project has no public home yet:
 * replace this with it when it has one (the User-Agent is only text; nothing fetches it).
 */
const PROJECT_URL = "https://github.com/framewatch/framewatch";

/**
 * The User-Agent of every page `corpus import --urls` fetches: names the program, its version and where to read
 * about it, as polite crawlers do, so a site can tell it from a browser and rate-limit or block it on purpose.
 */
export const USER_AGENT = `Framewatch/${dbPackage.version} (+${PROJECT_URL}; news analysis, one request per site per second)`;
