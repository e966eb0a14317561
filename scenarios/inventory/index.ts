export type { ColumnSpec, ColumnSpecs } from "./ColumnSpec.ts";
export { CPU_GENERATIONS, cpuGeneration, UNKNOWN_GENERATION } from "./cpuGeneration.ts";
export { decodeText } from "./decodeText.ts";
export { decodeXmlText } from "./decodeXmlText.ts";
export { exportFactsText } from "./exportFactsText.ts";
export { hardwareVersionOf } from "./hardwareVersionOf.ts";
export { headerKey } from "./headerKey.ts";
export { type HostMatch, hostNameMatcher } from "./hostNameMatcher.ts";
export type { ImportResult, InventorySource, InventorySourceKind } from "./ImportResult.ts";
export {
  IMPORT_WARNING_CODES,
  type ImportWarning,
  type ImportWarningCode,
} from "./ImportWarning.ts";
export { InputError, type InputErrorDetails } from "./InputError.ts";
export { importInventory } from "./importInventory.ts";
export { type InputFile, importInventoryFiles } from "./importInventoryFiles.ts";
export { type InventorySummary, inventorySummary, type LeftOut } from "./inventorySummary.ts";
export { measurement } from "./measurement.ts";
export type { ParsedInventory } from "./ParsedInventory.ts";
export { type ParsedNumber, parseNumber } from "./parseNumber.ts";
export { powerStateOf } from "./powerStateOf.ts";
export { readCsv } from "./readCsv.ts";
export { type ReadXlsxOptions, readXlsx } from "./readXlsx.ts";
export * from "./rvtoolsColumns.ts";
export { rvtoolsConnectedMedia } from "./rvtoolsConnectedMedia.ts";
export { rvtoolsDatastores } from "./rvtoolsDatastores.ts";
export {
  CHECKED_RVTOOLS_VERSIONS,
  type ExportFacts,
  type ExportServer,
  exportDate,
  exportSnapshotHour,
  noExportFacts,
  rvtoolsExportFacts,
} from "./rvtoolsExportFacts.ts";
export { type RvtoolsHosts, rvtoolsHosts } from "./rvtoolsHosts.ts";
export { type RvtoolsTables, rvtoolsInventory } from "./rvtoolsInventory.ts";
export {
  measurementKey,
  type RvtoolsMeasurements,
  rvtoolsMeasurements,
  type VmMeasurement,
} from "./rvtoolsMeasurements.ts";
export { rvtoolsNetworks } from "./rvtoolsNetworks.ts";
export { rvtoolsSnapshotCounts } from "./rvtoolsSnapshotCounts.ts";
export { type RvtoolsVms, rvtoolsVms } from "./rvtoolsVms.ts";
export type { Table } from "./Table.ts";
export { type NumberRule, TableColumns } from "./TableColumns.ts";
export { type TableSource, tableFromRows } from "./tableFromRows.ts";
export * from "./templateColumns.ts";
export { templateInventory } from "./templateInventory.ts";
export { vmGroup } from "./vmGroup.ts";
export { WarningLog } from "./WarningLog.ts";
export { warningCounts, warningCountsLine } from "./warningCounts.ts";
