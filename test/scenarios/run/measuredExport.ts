import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Cell, Sheets } from "../inventory/makeFixtures.ts";
import { COMMA_CSV, writeCsvFolder } from "../inventory/makeFixtures.ts";
import { rows, rvtoolsHeaders } from "../inventory/rvtoolsVersionFixtures.ts";

/** One generated host: its size and its VMs' measurements. */
export interface MeasuredHostSpec {
  cores: number;
  speedMhz: number;
  memoryMib: number;
  vms: { vcpu: number; memoryMib: number; overallMhz: number; consumedMib: number; on: boolean }[];
  /** Added to the host's CPU usage % and Memory usage % (points), e.g. measurement noise. */
  cpuNoisePoints: number;
  memoryNoisePoints: number;
}

type Row = Record<string, Cell>;

/**
 * An RVTools 4.7.1 export (GENERATED from the real header rows, values our own) whose vHost
 * `CPU usage %` and `Memory usage %` are what FACTS.md says real exports show: the sum of the
 * host's powered-on VMs' vCPU `Overall` MHz ÷ (Speed × # Cores), and of their vMemory `Consumed`
 * ÷ `# Memory`, plus the spec's noise. Hosts are Skylake Gold 6130s (known to the CPU table).
 */
export function measuredExportSheets(hosts: readonly MeasuredHostSpec[]): Sheets {
  const headers = rvtoolsHeaders("4.7.1");
  const vc = "vcenter01.corp.example";
  const hostRows: Row[] = [];
  const vmRows: Row[] = [];
  hosts.forEach((h, i) => {
    const name = `esx${String(i).padStart(3, "0")}`;
    let usedMhz = 0;
    let consumedMib = 0;
    h.vms.forEach((vm, j) => {
      const vmName = `${name}-vm${j}`;
      if (vm.on) {
        usedMhz += vm.overallMhz;
        consumedMib += vm.consumedMib;
      }
      vmRows.push({
        VM: vmName,
        Powerstate: vm.on ? "poweredOn" : "poweredOff",
        Template: "False",
        "SRM Placeholder": "False",
        "Config status": "green",
        "Connection state": "connected",
        CPUs: vm.vcpu,
        Memory: vm.memoryMib,
        "Active Memory": vm.on ? Math.round(vm.consumedMib * 0.4) : 0,
        "Overall Cpu Readiness": vm.on ? 1 : 0,
        NICs: 1,
        Disks: 1,
        "Network #1": "prod",
        "Provisioned MiB": 40960,
        "In Use MiB": 20480,
        "HW version": "vmx-19",
        Path: `[ds1] ${vmName}/${vmName}.vmx`,
        Datacenter: "DC1",
        Cluster: "cl-prod",
        Host: name,
        "OS according to the configuration file": "Debian GNU/Linux 12 (64-bit)",
        "VI SDK Server": vc,
        Overall: vm.on ? vm.overallMhz : 0,
        Max: vm.vcpu * h.speedMhz,
        "Size MiB": vm.memoryMib,
        Consumed: vm.on ? vm.consumedMib : 0,
        Active: vm.on ? Math.round(vm.consumedMib * 0.4) : 0,
      });
    });
    const round2 = (x: number) => Math.round(x * 100) / 100;
    hostRows.push({
      Host: name,
      Datacenter: "DC1",
      Cluster: "cl-prod",
      "Config status": "green",
      "CPU Model": "Intel(R) Xeon(R) Gold 6130 CPU @ 2.10GHz",
      Speed: h.speedMhz,
      "HT Available": "True",
      "HT Active": "True",
      "# CPU": 2,
      "Cores per CPU": h.cores / 2,
      "# Cores": h.cores,
      "CPU usage %": round2(
        Math.max(0, (100 * usedMhz) / (h.speedMhz * h.cores) + h.cpuNoisePoints),
      ),
      "# Memory": h.memoryMib,
      "Memory usage %": round2(
        Math.max(0, (100 * consumedMib) / h.memoryMib + h.memoryNoisePoints),
      ),
      "ESX Version": "VMware ESXi 7.0.3 build-21930508",
      Vendor: "Dell Inc.",
      Model: "PowerEdge R640",
      "VI SDK Server": vc,
    });
  });
  return {
    vInfo: rows(headers.vInfo!, vmRows),
    vCPU: rows(headers.vCPU!, vmRows),
    vMemory: rows(headers.vMemory!, vmRows),
    vHost: rows(headers.vHost!, hostRows),
  };
}

/** Writes the export as a folder of comma CSVs under `root/name` and returns its path. */
export function writeMeasuredExport(
  root: string,
  name: string,
  hosts: readonly MeasuredHostSpec[],
): string {
  const dir = join(root, name);
  mkdirSync(dir, { recursive: true });
  return writeCsvFolder(dir, measuredExportSheets(hosts), COMMA_CSV);
}
