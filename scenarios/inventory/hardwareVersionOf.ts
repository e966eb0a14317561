const HARDWARE_VERSION = /^(?:vmx-)?0*(\d+)$/i;

/**
 * The virtual hardware version written in a cell: vCenter's "vmx-14" (RVTools' `HW version`)
 * or a bare "14"; any case.
 *
 * @param text - the trimmed, non-empty cell.
 * @returns the version number, or undefined when the text is neither form.
 * @example
 * hardwareVersionOf("vmx-19") // 19
 * hardwareVersionOf("14") // 14
 */
export function hardwareVersionOf(text: string): number | undefined {
  const match = HARDWARE_VERSION.exec(text);
  return match === null ? undefined : Number(match[1]);
}
