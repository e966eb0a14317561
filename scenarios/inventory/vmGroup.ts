/**
 * The migration group of a VM from where vCenter files it, or null when it is filed nowhere
 * in particular. Precedence: the vApp (an explicit multi-VM application, started and stopped
 * together), then the VM folder (how most estates name customers and applications), then the
 * resource pool (a capacity share, the weakest hint). Folder paths are read below the
 * datacenter's root VM folder ("DC1/vm/Customers/Acme" → "Customers/Acme"), resource pool
 * paths below the cluster's root pool ("/Resources/Web" → "Web"); a bare root ("vm",
 * "Resources", "/") counts as no group.
 *
 * @param folder - RVTools' `Folder` cell, or "".
 * @param resourcePool - RVTools' `Resource pool` cell, or "".
 * @param vApp - RVTools' `vApp` cell, or "".
 * @returns the group name, or null.
 * @example
 * vmGroup("/DC1/vm/Customers/Acme", "/Resources", "") // "Customers/Acme"
 * vmGroup("vm", "Resources", "") // null
 */
export function vmGroup(folder: string, resourcePool: string, vApp: string): string | null {
  return below(vApp, null) ?? below(folder, "vm") ?? below(resourcePool, "resources");
}

function below(path: string, root: string | null): string | null {
  const segments = path
    .split("/")
    .map((s) => s.trim())
    .filter((s) => s !== "");
  const rootAt = root === null ? -1 : segments.findIndex((s) => s.toLowerCase() === root);
  const rest = segments.slice(rootAt + 1);
  return rest.length === 0 ? null : rest.join("/");
}
