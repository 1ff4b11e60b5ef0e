export * from "./types";
export type { ClaimBin } from "./claim-bin";
export { EXTRACTOR_VERSION } from "./extractor-version";
