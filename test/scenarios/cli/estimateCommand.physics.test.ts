import { describe, expect, it } from "vitest";
import { MIGRATION_STACKS } from "../../../models/migration/MIGRATION_STACKS.ts";
import { estimateCommand, shortSource } from "../../../scenarios/cli/commands/estimateCommand.ts";
import { main } from "../../../scenarios/cli/main.ts";
import { nonFiniteNumbers } from "../../../scenarios/result/nonFiniteNumbers.ts";
import { captureStream, runCommand } from "./runCommand.ts";

/** `cutover estimate vmotion … --json`, parsed. */
async function estimate(...argv: string[]) {
  const { code, stdout } = await runCommand(estimateCommand, "vmotion", ...argv, "--json");
  expect(code).toBe(0);
  return JSON.parse(stdout);
}

/** The whole command line in-process, as a person runs it. */
async function cli(...argv: string[]) {
  const out = captureStream();
  const err = captureStream();
  const code = await main(["estimate", "vmotion", ...argv], out.stream, err.stream);
  return { code, stdout: out.text(), stderr: err.text() };
}

const VM_8_GIB_10_GBE = ["--memory-gib", "8", "--dirty-mib-per-s", "50", "--link-gbps", "10"];

describe("cutover estimate vmotion: the hypervisor's terms (issue 14)", () => {
  it("takes longer and stuns longer at 100 ms RTT than at 0 ms", async () => {
    const near = await estimate(...VM_8_GIB_10_GBE, "--rtt-ms", "0");
    const far = await estimate(...VM_8_GIB_10_GBE, "--rtt-ms", "100");
    // 4 handshake round trips before the first byte, 2 inside the stun.
    expect(far.setupSeconds - near.setupSeconds).toBeCloseTo(0.4, 9);
    expect(far.totalSeconds).toBeGreaterThan(near.totalSeconds + 0.4);
    // The stun holds 2 round trips (0.2 s) and the 50 ms resume besides the stop-and-copy, whose
    // size depends on where the rounds end, so the two stuns are not 0.2 s apart exactly.
    expect(near.downtimeSeconds).toBeLessThan(0.5 + 0.05 + 1e-9);
    expect(far.downtimeSeconds).toBeGreaterThan(0.2 + 0.05);
    expect(far.downtimeSeconds).not.toBeCloseTo(near.downtimeSeconds, 3);
    // 64 MiB ÷ 100 ms = 5.4 Gbit/s per stream, under the 9 Gbit/s of the line.
    expect(far.memoryRateBytesPerSecond).toBeCloseTo((64 * 2 ** 20) / 0.1, 0);
    expect(near.memoryRateBytesPerSecond).toBeCloseTo(0.9 * 1.25e9, 0);
  });

  it("moves a 0.5 GiB idle VM on 10 GbE live in one round or more, stunned tens of ms", async () => {
    const idle = await estimate(
      "--memory-gib",
      "0.5",
      "--dirty-mib-per-s",
      "1",
      "--link-gbps",
      "10",
    );
    expect(idle.rounds).toBeGreaterThanOrEqual(1);
    expect(idle.converged).toBe(true);
    // ≈0.5 MiB left ÷ 1.125 GB/s ≈ 0.5 ms + 50 ms resume (0 ms RTT: no round trips).
    expect(idle.downtimeSeconds).toBeGreaterThanOrEqual(0.01);
    expect(idle.downtimeSeconds).toBeLessThan(0.1);
  });

  it("is faster when only 1 of 8 GiB was ever touched: the rest is scanned, not sent", async () => {
    const whole = await estimate(...VM_8_GIB_10_GBE);
    const touched = await estimate(...VM_8_GIB_10_GBE, "--touched-gib", "1");
    expect(touched.totalSeconds).toBeLessThan(whole.totalSeconds);
    // The first pass walks all 8 GiB at the stack's 8 GB/s (1.07 s) and sends the 1 GiB
    // touched meanwhile (0.95 s at 9 Gbit/s): round 0 lasts the scan, far under 7.6 s.
    expect(touched.scanSeconds).toBeCloseTo((8 * 2 ** 30) / 8e9, 9);
    expect(touched.transferredBytes).toBeLessThan(2 * 2 ** 30);
    expect(touched.totalSeconds - touched.setupSeconds).toBeLessThan(2);
  });

  it("re-sends at most the working set", async () => {
    const hot = ["--memory-gib", "8", "--dirty-mib-per-s", "5000", "--link-gbps", "10"];
    const whole = await estimate(...hot, "--no-throttle", "--max-rounds", "3");
    const small = await estimate(
      ...hot,
      "--no-throttle",
      "--max-rounds",
      "3",
      "--working-set-gib",
      "1",
    );
    expect(small.transferredBytes).toBeLessThanOrEqual(8 * 2 ** 30 + 3 * 2 ** 30 + 1);
    expect(small.transferredBytes).toBeLessThan(whole.transferredBytes);
  });

  it("roughly halves the transfer with --compression-ratio 2 on a link-limited move", async () => {
    // 1 GbE: the line (0.9 Gbit/s) is the limit; the ratio doubles the memory rate.
    const slow = ["--memory-gib", "8", "--dirty-mib-per-s", "1", "--link-gbps", "1"];
    // The transfer: total − set-up (0 ms RTT: no round trips; the 1.07 s scan hides under
    // round 0's 7.6 s).
    const transfer = (r: { totalSeconds: number; setupSeconds: number }) =>
      r.totalSeconds - r.setupSeconds;
    const plain = await estimate(...slow);
    const packed = await estimate(...slow, "--compression-ratio", "2");
    expect(packed.memoryRateBytesPerSecond).toBeCloseTo(2 * plain.memoryRateBytesPerSecond, 0);
    expect(transfer(packed) / transfer(plain)).toBeGreaterThan(0.45);
    expect(transfer(packed) / transfer(plain)).toBeLessThan(0.55);
    expect(packed.wireBytes).toBeCloseTo(packed.transferredBytes / 2, 0);
    // No core limit unless --compress-gbps: then a slow core caps it.
    expect(packed.compressionCoreSeconds).toBe(0);
    const cpu = await estimate(...slow, "--compression-ratio", "2", "--compress-gbps", "0.5");
    expect(cpu.memoryRateBytesPerSecond).toBeCloseTo(0.5 * 1.25e8, 0);
    expect(cpu.compressionCoreSeconds).toBeGreaterThan(0);
  });

  it("opens the stack's streams per vmknic, or --streams, each capped by --stream-gbps", async () => {
    const fast = ["--memory-gib", "64", "--dirty-mib-per-s", "10", "--link-gbps", "100"];
    // vsphere-7u2: ⌈100 ÷ 15⌉ = 7 streams per vmknic; vsphere-6: one per vmknic at 18 Gbit/s.
    expect((await estimate(...fast)).streams).toBe(7);
    const v6 = await estimate(...fast, "--stack", "vsphere-6");
    expect(v6.streams).toBe(1);
    expect(v6.memoryRateBytesPerSecond).toBeCloseTo(18 * 1.25e8, 0);
    expect((await estimate(...fast, "--stack", "vsphere-6", "--nics", "2")).streams).toBe(2);
    const capped = await estimate(...fast, "--streams", "2", "--stream-gbps", "5");
    expect(capped.streams).toBe(2);
    expect(capped.memoryRateBytesPerSecond).toBeCloseTo(10 * 1.25e8, 0);
    const setup = await estimate(...fast, "--setup-s", "0", "--resume-ms", "0");
    expect(setup.setupSeconds).toBe(0);
    expect(setup.resumeSeconds).toBe(0);
  });

  it("accepts every stack of the table", async () => {
    for (const name of Object.keys(MIGRATION_STACKS)) {
      expect((await estimate(...VM_8_GIB_10_GBE, "--stack", name)).stack).toBe(name);
    }
  });

  it("prints only finite numbers with --json, even at the ranges' edges", async () => {
    for (const argv of [
      [...VM_8_GIB_10_GBE],
      ["--memory-gib", "24576", "--dirty-mib-per-s", "2097152", "--link-gbps", "0.001"],
      [
        "--memory-gib",
        "1e-6",
        "--dirty-mib-per-s",
        "0",
        "--link-gbps",
        "1600",
        "--rtt-ms",
        "10000",
      ],
      [...VM_8_GIB_10_GBE, "--touched-gib", "0.000001", "--working-set-gib", "0.000001"],
      [...VM_8_GIB_10_GBE, "--window-mib", "0.0009765625", "--rtt-ms", "10000", "--streams", "64"],
      [...VM_8_GIB_10_GBE, "--compression-ratio", "20", "--compress-gbps", "0.001"],
      [...VM_8_GIB_10_GBE, "--setup-s", "3600", "--resume-ms", "86400000", "--no-throttle"],
    ]) {
      expect(nonFiniteNumbers(await estimate(...argv)), argv.join(" ")).toEqual([]);
    }
  });

  it("refuses each bad value with exit 2 and one line naming the flag", async () => {
    for (const [argv, flag] of [
      [["--streams", "0"], "--streams"],
      [["--streams", "1.5"], "--streams"],
      [["--nics", "65"], "--nics"],
      [["--compression-ratio", "0.5"], "--compression-ratio"],
      [["--compress-gbps", "0"], "--compress-gbps"],
      [["--touched-gib", "9"], "--touched-gib"],
      [["--working-set-gib", "9"], "--working-set-gib"],
      [["--stream-gbps", "-1"], "--stream-gbps"],
      [["--window-mib", "2048"], "--window-mib"],
      [["--setup-s", "-1"], "--setup-s"],
      [["--stack", "nope"], "--stack"],
    ] as const) {
      const { code, stdout, stderr } = await cli(...VM_8_GIB_10_GBE, ...argv);
      expect(code, argv.join(" ")).toBe(2);
      expect(stdout).toBe("");
      expect(stderr.startsWith(`cutover: ${flag}: `), stderr).toBe(true);
      expect(stderr.trimEnd().split("\n"), stderr).toHaveLength(1);
    }
    const touched = await cli(...VM_8_GIB_10_GBE, "--touched-gib", "9");
    expect(touched.stderr).toMatch(/more than the VM's memory \(--memory-gib 8\)/);
    const stack = await cli(...VM_8_GIB_10_GBE, "--stack", "nope");
    for (const name of Object.keys(MIGRATION_STACKS)) expect(stack.stderr).toContain(name);
  });

  it("prints one line per term with its source", async () => {
    const { stdout } = await runCommand(
      estimateCommand,
      "vmotion",
      ...VM_8_GIB_10_GBE,
      "--rtt-ms",
      "200",
      "--compression-ratio",
      "2",
    );
    for (const term of [
      /set-up .*\(assumption\)/,
      /scan .*walks all 8 GiB/,
      /per stream .*\(Hagoort 2021\)/,
    ]) {
      expect(stdout).toMatch(term);
    }
    expect(stdout).toMatch(/rate .*limited by window ÷ RTT/);
    expect(stdout).toMatch(/memory .*GiB moved, .*GiB on the wire/);
    expect(stdout).toMatch(
      /downtime \(stun\) .*stop-and-copy \+ 2 switchover round trips × 200 ms .*resume \(FACTS\.md\)/,
    );
    expect(stdout).toMatch(/warning .*150 ms/);
  });

  it("shortens a source to its citation", () => {
    expect(shortSource("assumption: about 2 s")).toBe("assumption");
    expect(shortSource("Broadcom KB 323379: one vmknic peaks at 18 Gbit/s")).toBe("KB 323379");
    expect(shortSource("Hagoort (VMware, 2021): streams; assumption: one per 15 Gbit/s")).toBe(
      "Hagoort 2021; assumption",
    );
    expect(shortSource("FACTS.md: Clark et al. (NSDI 2005) report 60 ms")).toBe("FACTS.md");
    expect(shortSource("Aidan Finn (2012): one live migration peaked at 338 MB/s")).toBe(
      "Aidan Finn 2012",
    );
    expect(shortSource("QEMU docs: one migration stream unless multifd is enabled")).toBe(
      "QEMU docs",
    );
  });
});
