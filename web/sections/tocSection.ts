/**
 * The report's contents: a link to each section, built after render from the sections' h2s
 * (so a section added or left out is listed as it is), or null when there are fewer than two.
 * Headings go in as text, never as markup.
 */
export function tableOfContents(root: HTMLElement): HTMLElement | null {
  const doc = root.ownerDocument;
  const headings = Array.from(root.querySelectorAll<HTMLElement>("section[id] > h2")).filter(
    (h) => h.closest(".workbench") === null,
  );
  if (headings.length < 2) return null;
  const nav = doc.createElement("nav");
  nav.id = "toc";
  nav.className = "toc";
  nav.setAttribute("aria-labelledby", "toc-title");
  const title = doc.createElement("h2");
  title.id = "toc-title";
  title.textContent = "Contents";
  const list = doc.createElement("ol");
  for (const h of headings) {
    const id = h.parentElement?.id ?? "";
    const item = doc.createElement("li");
    const link = doc.createElement("a");
    link.href = `#${id}`;
    link.textContent = h.textContent ?? id;
    item.append(link);
    list.append(item);
  }
  nav.append(title, list);
  return nav;
}
