import { InputError } from "../../scenarios/inventory/InputError.ts";

/** Runs `run`, which must throw an {@link InputError}, and returns that error for inspection. */
export function inputErrorOf(run: () => unknown): InputError {
  try {
    run();
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error("expected an InputError");
}
