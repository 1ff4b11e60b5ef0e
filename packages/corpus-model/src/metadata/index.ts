export { inferOutlet, type InferOutletInput } from "./infer-outlet";
export { inferPublishedDate, type InferDateInput } from "./infer-date";
export { OUTLETS, type OutletEntry } from "./outlets";
export { findOutletByName, findOutletByHost } from "./find-outlet";
export { REFERENCE_EVENTS, type ReferenceEvent } from "./reference-events";
export { OFFICE_TERMS, type OfficeTerm } from "./office-terms";
export { RELATIVE_PHRASES, type RelativePhrase } from "./relative-phrases";
export { findDateMentions, type DateMention } from "./find-date-mentions";
export { parseIsoDate } from "./parse-iso-date";
