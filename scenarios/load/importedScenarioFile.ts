/** The part of a scenario file that {@link importedScenarioFile} reads: validated or raw JSON. */
type WithTarget = { target: { hosts: "inventory" | readonly object[] } };

/**
 * The scenario a bare inventory (an RVTools export or a CSV template given with no scenario)
 * runs as: the reference scenario's platforms and settings, its target made of the reference's
 * target host model (its first host entry) with `"count": "auto"` — sized for this estate rather
 * than the reference's own count (models/sizing/hostSizing.ts) — and a description that says so
 * (the reference's own speaks of its synthetic inventory).
 *
 * Works on the validated file (the run) and on its raw JSON (`cutover init`, which writes it out
 * in human units), so both build the same target.
 *
 * @param reference the reference scenario file, parsed or raw
 * @param path the inventory's path as the user gave it (for the title)
 * @example importedScenarioFile(reference, "export.xlsx").target.hosts // [{ name: "vcf", count: "auto", … }]
 */
export function importedScenarioFile<F extends WithTarget>(reference: F, path: string): F {
  const hosts = reference.target.hosts;
  const model = hosts === "inventory" ? undefined : hosts[0];
  return {
    ...reference,
    name: "imported",
    title: `Imported inventory ${path} on the reference platforms`,
    // the reference's description speaks of its own synthetic inventory: not this one's
    description: `The estate is the inventory ${path}; everything else (platforms, link, prices, migration plan, targets, profiles) is the public reference case's (DESIGN.md), placeholders until a scenario replaces them (cutover init writes one to edit). The target is the reference's host model, auto-sized for this estate.`,
    target:
      model === undefined
        ? reference.target
        : { ...reference.target, hosts: [{ ...model, count: "auto" }] },
  } as F;
}
