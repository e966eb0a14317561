import { readResult } from "./readResult.ts";
import { renderReport } from "./renderReport.ts";

/**
 * Entry point of the report page: the result embedded by `cutover report`, or (under
 * `npm run dev`) the reference scenario's result served by the dev server.
 */
async function start(): Promise<void> {
  const root = document.getElementById("report");
  if (root === null) return;
  const embedded = document.getElementById("cutover-result")?.textContent ?? "null";
  try {
    const result = readResult(
      embedded === "null" ? await (await fetch("./result.json")).text() : embedded,
    );
    renderReport(root, result);
  } catch (error) {
    root.replaceChildren();
    const message = document.createElement("p");
    message.className = "error";
    message.setAttribute("role", "alert");
    message.textContent = `This report cannot be shown: ${(error as Error).message}`;
    root.append(message);
  }
}

void start();
