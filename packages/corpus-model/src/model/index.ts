export * from "./types";
export { EXTRACTOR_VERSION } from "./extractor-version";
