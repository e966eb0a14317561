import fc from "fast-check";

/**
 * Property tests run with a fixed seed, so that a test run is reproducible (CI runs exactly what
 * a developer ran). Set FC_SEED to explore other inputs: FC_SEED=$RANDOM npm test.
 */
const seed = Number(process.env.FC_SEED ?? 20_261_127);
fc.configureGlobal({ seed, numRuns: 100 });
