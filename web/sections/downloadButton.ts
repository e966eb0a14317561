import type { Parent } from "./section.ts";

/** Appends a button that saves `content()` as a file named `fileName`. */
export function downloadButton(
  parent: Parent,
  label: string,
  fileName: string,
  type: string,
  content: () => string,
): void {
  parent
    .append("button")
    .attr("type", "button")
    .attr("class", "download")
    .text(label)
    .on("click", () => {
      const url = URL.createObjectURL(new Blob([content()], { type }));
      const link = document.createElement("a");
      link.href = url;
      link.download = fileName;
      link.click();
      URL.revokeObjectURL(url);
    });
}
