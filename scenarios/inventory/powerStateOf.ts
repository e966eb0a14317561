import type { PowerState } from "../../models/Inventory.ts";

const STATES: Readonly<Record<string, PowerState>> = {
  poweredon: "poweredOn",
  on: "poweredOn",
  poweredoff: "poweredOff",
  off: "poweredOff",
  suspended: "suspended",
};

/**
 * The power state written in a cell: vCenter's "poweredOn" / "poweredOff" / "suspended"
 * (RVTools' `Powerstate`), or the short "on" / "off" of the CSV template; any case, spaces
 * ignored.
 *
 * @param text - the trimmed cell.
 * @returns the power state, or undefined when the text is none of these.
 * @example
 * powerStateOf("poweredOn") // "poweredOn"
 * powerStateOf("Off") // "poweredOff"
 */
export function powerStateOf(text: string): PowerState | undefined {
  return STATES[text.toLowerCase().replace(/\s+/g, "")];
}
