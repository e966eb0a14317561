export { Flow } from "./Flow.ts";
export { FlowCancelledError } from "./FlowCancelledError.ts";
export { FluidNetwork, type LinkOptions, type TransferOptions } from "./FluidNetwork.ts";
export { Link, type LinkPoint, type LinkUsage, MAX_LINK_POINTS } from "./Link.ts";
export { SharedLink, type SharedLinkOptions, type SharedTransferOptions } from "./SharedLink.ts";
export { type CapacitySettable, type CapacityStep, scheduleCapacity } from "./scheduleCapacity.ts";
