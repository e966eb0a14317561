/**
 * ASSUMPTION: the fraction of the transfer rate to which vSphere's "Stun During Page Send"
 * (SDPS, vSphere 5+) slows a non-converging guest's page dirtying. FACTS.md states only that
 * SDPS slows the guest's vCPUs until pre-copy converges; VMware does not publish its target,
 * so 0.5 (each round at most half the previous) is an assumption, shown as such.
 */
export const SDPS_DIRTY_FRACTION = 0.5;
