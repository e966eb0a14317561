import { makeCaseDir, removeCaseDir, snapshot } from "./caseDir.ts";
import type { InProcessCli } from "./cliHarness.ts";
import { expectContract } from "./contract.ts";

/**
 * One case of a property suite: `prepare` writes the case's files into a fresh case folder and
 * returns the command line to run there and, where there is one, the text it was made from; the
 * command runs in-process and its outcome must keep the exit-code contract (contract.ts). The
 * folder is removed whatever happens.
 *
 * @throws Error listing the contract's violations (unless FUZZ_REPORT=1 collects them)
 */
export async function expectCaseByContract(
  cli: InProcessCli,
  prepare: (root: string) => { argv: readonly string[]; inputText?: string },
): Promise<void> {
  const root = makeCaseDir();
  try {
    const { argv, inputText } = prepare(root);
    const before = snapshot(root);
    const outcome = await cli.run(argv);
    expectContract(
      { argv, root, before, ...(inputText === undefined ? {} : { inputText }) },
      outcome,
      cli.help,
    );
  } finally {
    removeCaseDir(root);
  }
}
