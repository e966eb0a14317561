const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;

/** How a VM's host name was matched to a listed host. */
export interface HostMatch {
  /** The listed host's name, as vHost writes it. */
  name: string;
  /** True when written exactly as vHost writes it. */
  exact: boolean;
}

/**
 * A matcher of host names as vInfo writes them to hosts as vHost lists them: exactly, else
 * case-insensitively as an IP address, an FQDN or a short name (FACTS.md: vInfo `Host` may be an
 * IP or FQDN where vHost has a short name). A host's keys are its name, its name with its
 * `Domain` appended (when the name is short) and its short name (the part before the first dot,
 * unless the name is an IPv4 address); a written name matches when one of its own keys is the
 * key of exactly one host (an ambiguous short name matches none).
 *
 * @param hosts - the listed hosts' names with their DNS domain ("" when none).
 * @returns a function giving the match of a written name, or null when none.
 * @example
 * const match = hostNameMatcher([{ name: "esx01", domain: "corp.example" }]);
 * match("ESX01.corp.example") // { name: "esx01", exact: false }
 */
export function hostNameMatcher(
  hosts: readonly { name: string; domain: string }[],
): (written: string) => HostMatch | null {
  const exact = new Set(hosts.map((h) => h.name));
  const byKey = new Map<string, string | null>();
  for (const host of hosts) {
    const keys = new Set(keysOf(host.name));
    if (host.domain !== "" && !host.name.includes("."))
      keys.add(`${host.name}.${host.domain}`.toLowerCase());
    for (const key of keys)
      byKey.set(key, byKey.has(key) && byKey.get(key) !== host.name ? null : host.name);
  }
  return (written) => {
    if (exact.has(written)) return { name: written, exact: true };
    const found = new Set<string>();
    for (const key of keysOf(written)) {
      const name = byKey.get(key);
      if (name !== undefined && name !== null) found.add(name);
    }
    return found.size === 1 ? { name: [...found][0]!, exact: false } : null;
  };
}

function keysOf(name: string): string[] {
  const full = name.trim().toLowerCase().replace(/\.$/, "");
  if (IPV4.test(full) || !full.includes(".")) return [full];
  return [full, full.slice(0, full.indexOf("."))];
}
