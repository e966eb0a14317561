import type { SimulationResult } from "../result/SimulationResult.ts";

const SLOT = '<script type="application/json" id="cutover-result">null</script>';

/**
 * The self-contained report page for a result: the built report template with the result
 * embedded as JSON. Every "<" in the JSON is written as \u003c, so no string in the result
 * (a VM named `</script><img src=x onerror=alert(1)>`) can close the script element or add
 * markup; the page puts text into the document only as text.
 *
 * @param template the built template (see reportTemplate), holding the empty result slot
 * @throws Error when the template has no result slot
 */
export function reportHtml(result: SimulationResult, template: string): string {
  if (!template.includes(SLOT)) throw new Error("the report template has no result slot");
  const json = JSON.stringify(result).replaceAll("<", "\\u003c");
  return template.replace(
    SLOT,
    () => `<script type="application/json" id="cutover-result">${json}</script>`,
  );
}
