import { z } from "zod";
import { PHYSICAL_RANGES as R } from "./physicalRanges.ts";
import { numberIn, optionalQuantity, quantity } from "./quantity.ts";
import { unitObject } from "./unitObject.ts";

const name = z.string().trim().min(1, "expected a non-empty name");
const nullableText = z
  .string()
  .nullish()
  .transform((v) => v ?? null);

/** A VM as written in a scenario file. Sizes in human units. */
export const vmSchema = unitObject({
  name,
  vcpu: numberIn(R.vmVcpus).meta({ description: "Virtual CPUs" }),
  memory: quantity("bytes", R.vmMemoryBytes),
  diskProvisioned: quantity("bytes", R.vmDiskBytes),
  diskUsed: quantity("bytes", R.vmDiskBytes),
  os: z.string().default(""),
  powerState: z.enum(["poweredOn", "poweredOff", "suspended"]).default("poweredOn"),
  host: nullableText,
  cluster: nullableText,
  datastore: nullableText,
  networks: z.array(z.string()).default([]),
  group: nullableText.meta({
    description: "Customer or application group (kept together in a wave)",
  }),
  sites: numberIn(R.vmSites).default(0).meta({ description: "Websites hosted on the VM" }),
  profile: nullableText.meta({ description: "Workload profile name (see profiles)" }),
  hardwareVersion: numberIn(R.vmHardwareVersion)
    .nullish()
    .transform((v) => v ?? null),
  activeMemory: optionalQuantity("bytes", R.vmActiveMemoryBytes),
  snapshotCount: numberIn(R.vmSnapshots)
    .nullish()
    .transform((v) => v ?? null),
  connectedMedia: z
    .boolean()
    .nullish()
    .transform((v) => v ?? null),
  ipAddress: nullableText,
  inaccessible: z.boolean().optional().meta({
    description:
      "True for a VM the export showed with 0 CPUs or 0 MiB (inaccessible or orphaned): taken as powered off",
  }),
  vcenter: nullableText.meta({ description: "The vCenter it belongs to (RVTools VI SDK Server)" }),
  cpuUsed: optionalQuantity("hertz", R.vmCpuUsedHz).meta({
    description: "CPU used when the export was taken (RVTools vCPU Overall)",
  }),
  memoryConsumed: optionalQuantity("bytes", R.vmActiveMemoryBytes).meta({
    description: "Memory consumed when the export was taken (RVTools vMemory Consumed)",
  }),
  cpuReadiness: optionalQuantity("fraction", R.vmCpuReadinessFraction).meta({
    description: "CPU readiness when the export was taken (RVTools vInfo Overall Cpu Readiness)",
  }),
  minRequiredEvc: nullableText.meta({
    description:
      'The EVC mode the VM needs, e.g. "intel-haswell" (vInfo min Required EVC Mode Key)',
  }),
});

/** A host as written in a scenario file; `count` > 1 expands to numbered hosts. */
export const hostSchema = unitObject({
  name,
  count: numberIn(R.hostCount)
    .default(1)
    .meta({ description: "How many identical hosts (names get -01, -02 …)" }),
  cluster: nullableText,
  model: z.string().default(""),
  cpuModel: z.string().default(""),
  sockets: numberIn(R.hostSockets),
  coresPerSocket: numberIn(R.hostCoresPerSocket),
  clock: quantity("hertz", R.hostClockHz),
  threadsPerCore: z.union([z.literal(1), z.literal(2)]).default(2),
  memory: quantity("bytes", R.hostMemoryBytes),
  generation: z.string().min(1),
  esxVersion: nullableText,
  cpuUsage: optionalQuantity("fraction", R.fraction).meta({
    description: "CPU use when the export was taken (RVTools vHost CPU usage %)",
  }),
  memoryUsage: optionalQuantity("fraction", R.fraction).meta({
    description: "Memory use when the export was taken (RVTools vHost Memory usage %)",
  }),
  unlisted: z.boolean().optional().meta({
    description: "True for a host that VMs name but the export's vHost tab does not list",
  }),
});

/** A datastore as written in a scenario file. */
export const datastoreSchema = unitObject({
  name,
  type: z.string().default("NFS"),
  capacity: quantity("bytes", R.datastoreBytes),
  free: optionalQuantity("bytes", R.datastoreBytes),
});

/** A network as written in a scenario file. */
export const networkSchema = z.strictObject({
  name,
  vlanId: numberIn(R.vlanId)
    .nullish()
    .transform((v) => v ?? null),
});

/** An inventory written inline in a scenario file. */
export const inlineInventorySchema = z.strictObject({
  synthetic: z
    .string()
    .optional()
    .meta({ description: "Say here when the inventory is made up, and how" }),
  vms: z.array(vmSchema).min(1, "expected at least one VM"),
  hosts: z.array(hostSchema).default([]),
  datastores: z.array(datastoreSchema).default([]),
  networks: z.array(networkSchema).default([]),
});

/**
 * The inventory: inline, or a path (relative to the scenario file) to an RVTools export
 * (.xlsx or a folder of RVTools_tab*.csv) or a CSV template.
 */
export const inventorySchema = z.union([
  z
    .string()
    .min(1)
    .meta({ description: "Path to an RVTools export or CSV template, relative to this file" }),
  inlineInventorySchema,
]);
