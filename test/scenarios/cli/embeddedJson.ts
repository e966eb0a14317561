/** The JSON embedded in a report page's slot `id` (null when the slot is empty). */
export function embeddedJson(html: string, id: string): unknown {
  const match = new RegExp(`<script type="application/json" id="${id}">(.*?)</script>`, "s").exec(
    html,
  );
  if (match === null) throw new Error(`no ${id} slot`);
  return JSON.parse(match[1]!);
}
