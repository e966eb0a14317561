import { InputError } from "../inventory/InputError.ts";
import { OutputError } from "./OutputError.ts";
import { UsageError } from "./UsageError.ts";
import {
  COMPARE_USAGE,
  ESTIMATE_USAGE,
  FORECAST_USAGE,
  IMPORT_USAGE,
  INIT_USAGE,
  MERGE_USAGE,
  MONTECARLO_USAGE,
  REPORT_USAGE,
  RUN_USAGE,
  SCHEMA_USAGE,
  VALIDATE_USAGE,
} from "./usages.ts";

type Command = (argv: readonly string[], out: NodeJS.WritableStream) => Promise<number>;

/**
 * The commands. Each is imported when it runs (`load`), not up front: loading every command
 * (the HTML report, the RVTools reader, …) cost a `cutover montecarlo` or `run` that needs
 * one of them about 30–40 ms of start-up.
 */
const COMMANDS: Record<string, { load: () => Promise<Command>; usage: string; summary: string }> = {
  run: {
    load: async () => (await import("./commands/run.ts")).runCommand,
    usage: RUN_USAGE,
    summary: "run a scenario: summary and targets (exit 1 if one fails, 3 if one is not assessed)",
  },
  compare: {
    load: async () => (await import("./commands/compareCommand.ts")).compareCommand,
    usage: COMPARE_USAGE,
    summary: "run scenarios and set their targets and key figures side by side",
  },
  montecarlo: {
    load: async () => (await import("./commands/montecarloCommand.ts")).montecarloCommand,
    usage: MONTECARLO_USAGE,
    summary: "replications with uncertain inputs: distributions and target miss probabilities",
  },
  merge: {
    load: async () => (await import("./commands/mergeCommand.ts")).mergeCommand,
    usage: MERGE_USAGE,
    summary: "combine the shard outputs of cutover montecarlo --shard i/n exactly",
  },
  estimate: {
    load: async () => (await import("./commands/estimateCommand.ts")).estimateCommand,
    usage: ESTIMATE_USAGE,
    summary: "one VM's vMotion alone on a link: time, downtime, bytes (Liu et al. closed form)",
  },
  validate: {
    load: async () => (await import("./commands/validateCommand.ts")).validateCommand,
    usage: VALIDATE_USAGE,
    summary: "the pre-copy model against published, measured live migrations",
  },
  forecast: {
    load: async () => (await import("./commands/forecastCommand.ts")).forecastCommand,
    usage: FORECAST_USAGE,
    summary: "how long capacity lasts as VMs are added; when a host must be added",
  },
  import: {
    load: async () => (await import("./commands/importCommand.ts")).importCommand,
    usage: IMPORT_USAGE,
    summary: "read an RVTools export or CSV template and summarise it",
  },
  init: {
    load: async () => (await import("./commands/initCommand.ts")).initCommand,
    usage: INIT_USAGE,
    summary: "write an editable scenario for an export: auto-sized target, prices to replace",
  },
  report: {
    load: async () => (await import("./commands/reportCommand.ts")).reportCommand,
    usage: REPORT_USAGE,
    summary: "write the self-contained HTML report and print its path",
  },
  schema: {
    load: async () => (await import("./commands/schemaCommand.ts")).schemaCommand,
    usage: SCHEMA_USAGE,
    summary: "print the JSON Schema of scenario files",
  },
};

/** The help text: every command with its usage. */
export function helpText(): string {
  const lines = Object.values(COMMANDS).map((c) => `  ${c.usage.padEnd(55)} ${c.summary}`);
  return [
    "cutover: plan and check a live migration of a VMware fleet to a shared VCF platform",
    "",
    "commands:",
    ...lines,
    "",
    "SCENARIO is a scenario file or folder, a built-in name (reference, …), or an inventory.",
    "Exit codes: 0 all targets pass, 1 a target failed, 2 bad input or usage,",
    "3 no target failed but one is not assessed (its inputs are missing: not a pass).",
    "",
  ].join("\n");
}

/**
 * The command line. User mistakes (bad input files, bad flags, an output folder that cannot be
 * written) print one message to stderr and give exit code 2, never a stack trace; anything else
 * is a bug and is thrown.
 *
 * @returns the exit code
 */
export async function main(
  argv: readonly string[],
  out: NodeJS.WritableStream = process.stdout,
  err: NodeJS.WritableStream = process.stderr,
): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "help" || name === "--help" || name === "-h") {
    (name === undefined ? err : out).write(helpText());
    return name === undefined ? 2 : 0;
  }
  // Own keys only: "toString" or "__proto__" is no command.
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  try {
    if (command === undefined) {
      const shown = JSON.stringify(name.length > 60 ? `${name.slice(0, 60)}…` : name);
      throw new UsageError(`unknown command ${shown}\n\n${helpText()}`);
    }
    return await (await command.load())(rest, out);
  } catch (error) {
    if (
      error instanceof UsageError ||
      error instanceof InputError ||
      error instanceof OutputError
    ) {
      err.write(`cutover: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}
