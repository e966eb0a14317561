import fc from "fast-check";
import { describe, expect, it } from "vitest";
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
        async (memory, dirty, link, efficiency, stun, rounds, noThrottle) => {
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
