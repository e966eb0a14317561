import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MIGRATION_STACKS } from "../../../models/migration/MIGRATION_STACKS.ts";
import { estimateCommand } from "../../../scenarios/cli/commands/estimateCommand.ts";
import { nonFiniteNumbers } from "../../../scenarios/result/nonFiniteNumbers.ts";
import { runCommand } from "./runCommand.ts";

/** A positive decimal as a person would type it, between 10^lo and 10^hi. */
const typed = (lo: number, hi: number) =>
  fc.double({ min: lo, max: hi, noNaN: true }).map((e) => String(Number((10 ** e).toPrecision(6))));

describe("cutover estimate vmotion --json on in-range options", () => {
  it("prints only finite numbers, whatever the options in range", async () => {
    await fc.assert(
      fc.asyncProperty(
        typed(-6, Math.log10(24_576)),
        typed(-6, 6),
        typed(-3, Math.log10(1_600)),
        fc.constantFrom("1", "0.9", "0.5", "0.01"),
        typed(-3, 4),
        fc.integer({ min: 1, max: 1_000 }),
        fc.boolean(),
        fc.record({
          stack: fc.constantFrom(...Object.keys(MIGRATION_STACKS)),
          rtt: typed(-3, 4),
          touchedFraction: fc.constantFrom("1", "0.5", "0.001"),
          ratio: fc.constantFrom("1", "2", "20"),
          compress: typed(-3, 2),
          streams: fc.option(fc.integer({ min: 1, max: 64 }), { nil: undefined }),
        }),
        async (memory, dirty, link, efficiency, stun, rounds, noThrottle, hypervisor) => {
          // Touched memory and working set as a fraction of the memory, so never above it.
          const touched = String(Number(memory) * Number(hypervisor.touchedFraction));
          const argv = [
            "vmotion",
            ...["--memory-gib", memory, "--dirty-mib-per-s", dirty, "--link-gbps", link],
            ...[
              "--efficiency",
              efficiency,
              "--stun-budget-s",
              stun,
              "--max-rounds",
              String(rounds),
            ],
            ...(noThrottle ? ["--no-throttle"] : []),
            ...["--stack", hypervisor.stack, "--rtt-ms", hypervisor.rtt],
            ...["--touched-gib", touched, "--working-set-gib", touched],
            ...["--compression-ratio", hypervisor.ratio, "--compress-gbps", hypervisor.compress],
            ...(hypervisor.streams === undefined ? [] : ["--streams", String(hypervisor.streams)]),
            "--json",
          ];
          const { code, stdout } = await runCommand(estimateCommand, ...argv);
          expect(code).toBe(0);
          expect(nonFiniteNumbers(JSON.parse(stdout)), argv.join(" ")).toEqual([]);
        },
      ),
      { numRuns: 200 },
    );
  });
});
