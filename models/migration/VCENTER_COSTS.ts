/**
 * vCenter's costs of simultaneous migrations (vCenter "Limits on Simultaneous Migrations",
 * vSphere 6.x; FACTS.md): each resource has a maximum cost, each operation a cost on it, and
 * operations over the maximum queue. A vMotion costs 1 on its host (max 8) and 1 on its
 * datastore (max 128); a Storage vMotion 4 and 16.
 */
export const VCENTER_COSTS = {
  host: { maxCost: 8, vmotion: 1, storageVmotion: 4 },
  datastore: { maxCost: 128, vmotion: 1, storageVmotion: 16 },
} as const;
