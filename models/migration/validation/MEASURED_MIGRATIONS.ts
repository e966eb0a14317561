import type { MeasuredMigration } from "./MeasuredMigration.ts";

/**
 * Published, measured live migrations that `cutover validate` predicts with the pre-copy model.
 * Every number in `measured` and `quote`, and every input not named in `assumed`, was read in
 * the cited text; the rest is assumed from the source's own description of the workload, never
 * fitted. README.md in this folder has one paragraph per source.
 *
 * Table-wide conventions (used wherever a source is silent, the same in every case):
 * - an idle guest (no application or load generator running) dirties 1 MiB/s (kernel timers,
 *   logging); the sources publish no dirty rate for their idle guests;
 * - QEMU sends a zero page as a flag, so what a QEMU guest "touched" is its non-zero memory;
 *   Hyper-V is assumed to send every page (none of the Hyper-V sources describe skipping any);
 * - "GB"/"G" memory sizes of VMs are read as GiB (QEMU's -m and Hyper-V's startup memory are
 *   binary units); LAN RTT is left to the interface's default.
 *
 * Sources (6): the QEMU documents on multi-thread compression (Intel, 2015), QATzip multifd
 * compression (Intel, 2024) and RDMA migration (IBM, 2013); the OPNFV KVM4NFV fast live
 * migration guide (Intel, 2016); Aidan Finn's Hyper-V measurements on Windows Server 2012 (beta)
 * and 2012 R2. The zstd README's Silesia benchmark supplies two compression ratios (assumed).
 * No VMware or Xen paper could be read past its first page in this research session, so none of
 * their numbers are here (see README.md).
 */
export const MEASURED_MIGRATIONS: readonly MeasuredMigration[] = [
  {
    id: "qemu-mtc-idle-4g-1gbe",
    source:
      "Liang Li (Intel), 'Use multiple thread (de)compression in live migration', QEMU docs/multi-thread-compression.txt, 2015, Performance, first table ('original way' column)",
    url: "https://github.com/qemu/qemu/blob/109b25045b3651f9c5d02c3766c0b3ff63e6d193/docs/multi-thread-compression.txt",
    quote:
      "NIC: Intel I350 (10/100/1000Mbps) … -m 4096 … There is no additional application is running on the guest … total time(msec): | 3333 | 1833 … downtime(msec): | 100 | 27 … transferred ram(kB): | 363536 | 107819",
    stack: "kvm",
    workload: "idle RHEL 6.5 guest, 4 vCPU (no application running)",
    inputs: {
      memoryGiB: 4,
      touchedGiB: 0.35,
      dirtyMiBPerSecond: 1,
      linkGbps: 1,
    },
    measured: { totalSeconds: 3.333, downtimeMs: 100 },
    assumed:
      "touched: the run's own 'transferred ram' (363536 kB = 0.35 GiB) — QEMU sends zero pages as flags, and an idle guest re-sends almost nothing, so the bytes sent ≈ the non-zero memory. Dirty rate: not published; the table's idle convention (1 MiB/s). Link: the I350 1 GbE NIC; the 'Speed limit: 1000Gb/s' setting is above line rate, so not binding.",
  },
  {
    id: "qemu-mtc-idle-4g-1gbe-zlib",
    source:
      "Liang Li (Intel), 'Use multiple thread (de)compression in live migration', QEMU docs/multi-thread-compression.txt, 2015, Performance, first table (8 compress threads, 2 decompress threads, level 1)",
    url: "https://github.com/qemu/qemu/blob/109b25045b3651f9c5d02c3766c0b3ff63e6d193/docs/multi-thread-compression.txt",
    quote:
      "compress thread: 8 … compression level: 1 … total time(msec): | 3333 | 1833 … downtime(msec): | 100 | 27 … transferred ram(kB): | 363536 | 107819 … throughput(mbps): | 893.73 | 482.22",
    stack: "kvm",
    workload: "idle RHEL 6.5 guest, 4 vCPU, zlib level-1 multi-thread compression",
    inputs: {
      memoryGiB: 4,
      touchedGiB: 0.35,
      dirtyMiBPerSecond: 1,
      linkGbps: 1,
      compressionRatio: 3.37,
    },
    measured: { totalSeconds: 1.833, downtimeMs: 27 },
    assumed:
      "touched and dirty rate as in qemu-mtc-idle-4g-1gbe (same guest). Compression ratio: the two runs' transferred RAM, 363536 kB uncompressed ÷ 107819 kB compressed = 3.37 (byte counters, not times). The compressed run reached only 482 Mbit/s on the 1 GbE link: compression CPU, not the link, bounded it — the model does not represent that.",
  },
  {
    id: "qemu-mtc-busy-4g-1gbe",
    source:
      "Liang Li (Intel), 'Use multiple thread (de)compression in live migration', QEMU docs/multi-thread-compression.txt, 2015, Performance, second table ('original way' column)",
    url: "https://github.com/qemu/qemu/blob/109b25045b3651f9c5d02c3766c0b3ff63e6d193/docs/multi-thread-compression.txt",
    quote:
      "an application running on the guest which write random numbers to RAM block areas periodically … total time(msec): | 37369 | 15989 … downtime(msec): | 337 | 173 … transferred ram(kB): | 4274143 | 1699824 … throughput(mbps): | 936.99 | 870.95 … total ram(kB): | 4211524",
    stack: "kvm",
    workload: "RHEL 6.5 guest, 4 vCPU, an application writing random numbers to RAM periodically",
    inputs: {
      memoryGiB: 4,
      dirtyMiBPerSecond: 2,
      linkGbps: 1,
    },
    measured: { totalSeconds: 37.369, downtimeMs: 337 },
    assumed:
      "touched: all memory — transferred RAM (4274143 kB) exceeds total RAM (4211524 kB), so random numbers filled essentially every page. Dirty rate: not published; the only evidence is the surplus sent beyond one full pass, 62619 kB ≈ 61 MiB, spread over one pass of 4 GiB at the 1 Gbit/s line rate (≈ 34 s, not the measured time): ≈ 1.8 MiB/s, taken as 2 MiB/s. Working set: not published; the touched memory.",
  },
  {
    id: "qemu-mtc-busy-4g-1gbe-zlib",
    source:
      "Liang Li (Intel), 'Use multiple thread (de)compression in live migration', QEMU docs/multi-thread-compression.txt, 2015, Performance, second table (8 compress threads, 2 decompress threads, level 1)",
    url: "https://github.com/qemu/qemu/blob/109b25045b3651f9c5d02c3766c0b3ff63e6d193/docs/multi-thread-compression.txt",
    quote:
      "write random numbers to RAM block areas periodically … total time(msec): | 37369 | 15989 … downtime(msec): | 337 | 173 … transferred ram(kB): | 4274143 | 1699824 … throughput(mbps): | 936.99 | 870.95",
    stack: "kvm",
    workload:
      "RHEL 6.5 guest, 4 vCPU, an application writing random numbers to RAM periodically; zlib level-1 multi-thread compression",
    inputs: {
      memoryGiB: 4,
      dirtyMiBPerSecond: 2,
      linkGbps: 1,
      compressionRatio: 2.51,
    },
    measured: { totalSeconds: 15.989, downtimeMs: 173 },
    assumed:
      "touched, dirty rate and working set as in qemu-mtc-busy-4g-1gbe (same guest and workload). Compression ratio: the two runs' transferred RAM, 4274143 kB ÷ 1699824 kB = 2.51 (byte counters, not times).",
  },
  {
    id: "qemu-qatzip-64g-10gbe-none",
    source:
      "Intel, 'QATzip Compression', QEMU docs/devel/migration/qatzip-compression.rst, 2024, test table ('none' row: multifd without compression)",
    url: "https://github.com/qemu/qemu/blob/85da4cbe6e5eb6ba6f31c8b30ee4582625546da7/docs/devel/migration/qatzip-compression.rst",
    quote:
      "8 multifd channels and 10Gbps network bandwidth … VM Configuration: 16 vCPU and 64G memory … all vCPUs are idle and 54G memory is filled with Silesia data … |none | 46063| 40| 10848|",
    stack: "kvm",
    workload: "16 vCPU guest, vCPUs idle, 54 GiB of memory filled with the Silesia corpus",
    inputs: {
      memoryGiB: 64,
      touchedGiB: 54,
      dirtyMiBPerSecond: 1,
      linkGbps: 10,
    },
    measured: { totalSeconds: 46.063, downtimeMs: 40 },
    assumed:
      "touched: the 54 GiB filled with Silesia data; the other 10 GiB are zero pages, sent as flags. Dirty rate: the vCPUs are idle — the table's idle convention (1 MiB/s). NICs: one 10 Gbit/s network; the 8 multifd channels are streams, not NICs. The row's throughput (10848 Mbit/s) is above 10 Gbit/s, so QEMU's counter includes more than wire bytes.",
  },
  {
    id: "qemu-qatzip-64g-10gbe-zstd",
    source:
      "Intel, 'QATzip Compression', QEMU docs/devel/migration/qatzip-compression.rst, 2024, test table ('zstd' row: multifd zstd compression)",
    url: "https://github.com/qemu/qemu/blob/85da4cbe6e5eb6ba6f31c8b30ee4582625546da7/docs/devel/migration/qatzip-compression.rst",
    quote:
      "8 multifd channels and 10Gbps network bandwidth … 16 vCPU and 64G memory … all vCPUs are idle and 54G memory is filled with Silesia data … |zstd | 20165| 24| 8579|",
    stack: "kvm",
    workload:
      "16 vCPU guest, vCPUs idle, 54 GiB of memory filled with the Silesia corpus; multifd zstd compression",
    inputs: {
      memoryGiB: 64,
      touchedGiB: 54,
      dirtyMiBPerSecond: 1,
      linkGbps: 10,
      compressionRatio: 2.877,
    },
    measured: { totalSeconds: 20.165, downtimeMs: 24 },
    assumed:
      "touched, dirty rate and link as in qemu-qatzip-64g-10gbe-none. Compression ratio: not published; the memory holds the Silesia corpus and QEMU's multifd-zstd-level defaults to 1, so the zstd README's lzbench figure for 'zstd 0.8.2 -1' on Silesia, ratio 2.877 (github.com/facebook/zstd README), is assumed. The sender used 810% CPU; compression CPU, which the model does not represent, may bound it.",
  },
  {
    id: "qemu-qatzip-64g-10gbe-qatzip",
    source:
      "Intel, 'QATzip Compression', QEMU docs/devel/migration/qatzip-compression.rst, 2024, test table ('qatzip' row: multifd QATzip compression, 4 QAT devices)",
    url: "https://github.com/qemu/qemu/blob/85da4cbe6e5eb6ba6f31c8b30ee4582625546da7/docs/devel/migration/qatzip-compression.rst",
    quote:
      "8 multifd channels and 10Gbps network bandwidth … 16 vCPU and 64G memory … all vCPUs are idle and 54G memory is filled with Silesia data. QAT Devices: 4 … |qatzip | 16630| 28| 10467|",
    stack: "kvm",
    workload:
      "16 vCPU guest, vCPUs idle, 54 GiB of memory filled with the Silesia corpus; multifd QATzip (hardware deflate) compression",
    inputs: {
      memoryGiB: 64,
      touchedGiB: 54,
      dirtyMiBPerSecond: 1,
      linkGbps: 10,
      compressionRatio: 2.73,
    },
    measured: { totalSeconds: 16.63, downtimeMs: 28 },
    assumed:
      "touched, dirty rate and link as in qemu-qatzip-64g-10gbe-none. Compression ratio: not published; QATzip is deflate and the document gives its default level as 1, so the zstd README's lzbench figure for 'zlib 1.2.8 -1' on Silesia, ratio 2.730, is assumed (hardware deflate's ratio may differ).",
  },
  {
    id: "qemu-rdma-8g-40g-pinall",
    source:
      "Michael R. Hines (IBM), 'RDMA Live Migration Specification, Version # 1', QEMU docs/rdma.txt, 2013, PERFORMANCE, 'EFFECTS of memory registration on bulk phase round' (rdma-pin-all enabled)",
    url: "https://github.com/qemu/qemu/blob/0a516707219ad69adcff14636b493b691eea7fd5/docs/rdma.txt",
    quote:
      "in the same 8GB RAM example with all 8GB of memory in active use and the VM itself is completely idle using the same 40 gbps infiniband link: 1. rdma-pin-all disabled total time: approximately 7.5 seconds @ 9.5 Gbps 2. rdma-pin-all enabled total time: approximately 4 seconds @ 26 Gbps",
    stack: "kvm",
    workload:
      "idle guest whose 8 GiB are all in use (written before); RDMA transport, all memory pinned up front",
    inputs: {
      memoryGiB: 8,
      dirtyMiBPerSecond: 1,
      linkGbps: 40,
    },
    measured: { totalSeconds: 4 },
    assumed:
      "touched: all memory ('all 8GB of memory in active use'). Dirty rate: 'the VM itself is completely idle' — the table's idle convention (1 MiB/s). Link: the 40 Gbit/s InfiniBand line rate; the run reached 26 Gbit/s. Downtime: not reported for this run (the 15–100 ms in the same section belongs to a stress test).",
  },
  {
    id: "qemu-rdma-8g-40g-nopin",
    source:
      "Michael R. Hines (IBM), 'RDMA Live Migration Specification, Version # 1', QEMU docs/rdma.txt, 2013, PERFORMANCE, 'EFFECTS of memory registration on bulk phase round' (rdma-pin-all disabled, the default)",
    url: "https://github.com/qemu/qemu/blob/0a516707219ad69adcff14636b493b691eea7fd5/docs/rdma.txt",
    quote:
      "in the same 8GB RAM example with all 8GB of memory in active use and the VM itself is completely idle using the same 40 gbps infiniband link: 1. rdma-pin-all disabled total time: approximately 7.5 seconds @ 9.5 Gbps",
    stack: "kvm",
    workload:
      "idle guest whose 8 GiB are all in use (written before); RDMA transport, memory registered chunk by chunk (default)",
    inputs: {
      memoryGiB: 8,
      dirtyMiBPerSecond: 1,
      linkGbps: 40,
    },
    measured: { totalSeconds: 7.5 },
    assumed:
      "Inputs as in qemu-rdma-8g-40g-pinall: the two runs differ only in rdma-pin-all, which the model does not represent — the pair shows how far one transport setting moves a measurement (9.5 against 26 Gbit/s achieved on the same 40 Gbit/s link). Downtime: not reported for this run.",
  },
  {
    id: "kvm4nfv-idle-8g-10gbe",
    source:
      "OPNFV KVM4NFV project (Intel), 'Fast Live Migration', docs/all/live_migration.rst, 2016, Test Result a. and b. (before optimization, stock QEMU 2.4.0)",
    url: "https://github.com/opnfv/kvmfornfv/blob/0bf697133a648d9b2443af4bc20da41bf4d3f23c/docs/all/live_migration.rst",
    quote:
      "Ethernet Controller 10-Gigabit X540-AT2 … -m 8192 … /mnt/liang/ia32e_rhel6u5.qcow … The down time is set to 10ms … For an idle guest, we can reduce the total live migration time from 2070ms to 401ms … the VM down time from 29ms to 9ms",
    stack: "kvm",
    workload: "idle RHEL 6.5 guest, 4 vCPU, 8 GiB; downtime limit 10 ms",
    inputs: {
      memoryGiB: 8,
      touchedGiB: 0.35,
      dirtyMiBPerSecond: 1,
      linkGbps: 10,
    },
    measured: { totalSeconds: 2.07, downtimeMs: 29 },
    assumed:
      "Only the 'before optimization' figures (2070 ms, 29 ms) are used; the 'after' ones come from patched QEMU. touched: not published; the guest boots the same image (/mnt/liang/ia32e_rhel6u5.qcow) whose idle run in QEMU's multi-thread-compression document sent 363536 kB, so 0.35 GiB is assumed. Dirty rate: the table's idle convention (1 MiB/s). Note: the userguide copy of this page lists '-m 1G' while its text says 8GiB; this copy's '-m 8192' is taken.",
  },
  {
    id: "kvm4nfv-dpdk-8g-10gbe",
    source:
      "OPNFV KVM4NFV project (Intel), 'Fast Live Migration', docs/all/live_migration.rst, 2016, Test Result a. and b. (before optimization, stock QEMU 2.4.0)",
    url: "https://github.com/opnfv/kvmfornfv/blob/0bf697133a648d9b2443af4bc20da41bf4d3f23c/docs/all/live_migration.rst",
    quote:
      "We use pktgen to send the packages to guest, the package size is 64 bytes, and the line rate is 2013 Mbps … For a guest running the DPDK L2 forwarding workload, the total live migration time is reduced from 2271ms to 654ms … the VM down time is reduced from 26ms to 5ms",
    stack: "kvm",
    workload:
      "RHEL 6.5 guest, 4 vCPU, 8 GiB, DPDK L2 forwarding of 64-byte packets at 2013 Mbit/s; downtime limit 10 ms",
    inputs: {
      memoryGiB: 8,
      touchedGiB: 0.85,
      workingSetGiB: 0.016,
      dirtyMiBPerSecond: 240,
      linkGbps: 10,
    },
    measured: { totalSeconds: 2.271, downtimeMs: 26 },
    assumed:
      "Only the 'before optimization' figures are used. Dirty rate: the offered packet stream, 2013 Mbit/s ≈ 240 MiB/s, is written into guest packet buffers. Working set: DPDK recycles a fixed packet-buffer pool, not sized in the source; an l2fwd-style pool of ~8k 2 KiB buffers, ≈ 16 MiB, is assumed. touched: the idle image's 0.35 GiB (see kvm4nfv-idle-8g-10gbe) plus an assumed 0.5 GiB of DPDK hugepage memory. This is the least certain case.",
  },
  {
    id: "hyperv2012-idle-512m-1gbe",
    source:
      "Aidan Finn, 'Windows Server 2012 Hyper-V Concurrent Live Migration & NIC Teaming Speed Comparisons', aidanfinn.com blog, 2012, '1GbE', 1 VM",
    url: "http://www.aidanfinn.com/?p=12228",
    quote:
      "This WS2012 Beta Hyper-V cluster … I used my PowerShell script to create a bunch of VMs with 512 MB RAM each. … 1 * 1 GbE … 1 VM LM • 7 seconds to LM • Maximum transfer: 119,509,089 bytes/sec",
    stack: "hyper-v",
    workload: "script-created VM with 512 MB RAM, no workload described (idle)",
    inputs: {
      memoryGiB: 0.5,
      dirtyMiBPerSecond: 1,
      linkGbps: 1,
    },
    measured: { totalSeconds: 7 },
    assumed:
      "touched: all memory (Hyper-V assumed to send every page; the source does not say). Dirty rate: no workload is described — the table's idle convention (1 MiB/s). Timed by the author (whole seconds), the switchover included ('The time I'm concerned with includes the memory synchronisation over the network and the switch over'). Downtime: not measured.",
  },
  {
    id: "hyperv2012-idle-512m-10gbe",
    source:
      "Aidan Finn, 'Windows Server 2012 Hyper-V Concurrent Live Migration & NIC Teaming Speed Comparisons', aidanfinn.com blog, 2012, '1 * 10 GbE', 1 VM",
    url: "http://www.aidanfinn.com/?p=12228",
    quote:
      "VMs with 512 MB RAM each … 1 * 10 GbE • 1 VM • 5 seconds • Maximum transfer: 338,530,495 bytes/sec",
    stack: "hyper-v",
    workload: "script-created VM with 512 MB RAM, no workload described (idle)",
    inputs: {
      memoryGiB: 0.5,
      dirtyMiBPerSecond: 1,
      linkGbps: 10,
    },
    measured: { totalSeconds: 5 },
    assumed:
      "As hyperv2012-idle-512m-1gbe. The single migration peaked at 338,530,495 bytes/s (≈ 2.7 Gbit/s) on the 10 GbE link, so a fixed per-migration cost, not the link, dominates; timed in whole seconds. Downtime: not measured.",
  },
  {
    id: "hyperv2012r2-sql-8g-1gbe",
    source:
      "Aidan Finn, 'Comparing TCPIP, Compressed, and SMB WS2012 R2 Hyper-V Live Migration Speeds', aidanfinn.com blog, 2013, TCP/IP over the 1 GbE team",
    url: "https://aidanfinn.com/?tag=live-migration",
    quote:
      "a measured Live Migration of a VM with 8 GB RAM (statically assigned). The VM is a pretty real workload: it's running WS2012 R2, SQL Server, and VMM 2012 R2. … TCP/IP: About 95% of a 1 GbE NIC is utilised … Over 78 seconds to move a running VM over a 1 GbE network without optimizations!",
    stack: "hyper-v",
    workload: "8 GB VM running WS2012 R2, SQL Server and VMM 2012 R2 (lab demo, no load generator)",
    inputs: {
      memoryGiB: 8,
      dirtyMiBPerSecond: 1,
      linkGbps: 1,
    },
    measured: { totalSeconds: 78 },
    assumed:
      "Measured: the text says 'Over 78 seconds', so 78 s is a lower bound. Link: TCP/IP live migration over a team of two 1 GbE NICs, but the author saw ~95% of one 1 GbE NIC used, so one 1 Gbit/s NIC. touched: all 8 GiB (statically assigned; Hyper-V assumed to send every page). Dirty rate: services running without a described load — the idle convention (1 MiB/s). The same post's compressed and SMB runs could not be read. Downtime: not measured.",
  },
];
