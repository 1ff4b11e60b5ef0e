export { checkOutletName, MAX_OUTLET_NAME_LENGTH } from "./check-outlet-name";
export { findOutletRecord, type OutletRef } from "./find-outlet-record";
export { listOutletRecords, MAX_OUTLET_PAGE, type OutletRecord, type OutletRecordPage } from "./list-outlet-records";
export { mergeOutlets, previewMerge, type MergePreview, type MergeResult } from "./merge-outlets";
export { OutletChangeError, type OutletChangeReason } from "./outlet-change-error";
export { OUTLET_NAMES_LOCK } from "./outlet-names-lock";
export { renameOutlet, type RenameResult } from "./rename-outlet";
