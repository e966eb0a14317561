/**
 * The usage line of each command, apart from the commands so that the command line can list
 * them (help, an unknown command) without loading every command: main imports a command only
 * when it runs. Each command module re-exports its own.
 */

/** Usage line of `cutover compare`. */
export const COMPARE_USAGE =
  "cutover compare SCENARIO SCENARIO... [--json] [--seed N] [--out DIR] [--max-input-mib M]";

/** Usage line of `cutover estimate`. */
export const ESTIMATE_USAGE =
  "cutover estimate vmotion --memory-gib G --dirty-mib-per-s D --link-gbps L [--stack NAME] [--touched-gib T] [--working-set-gib W] [--rtt-ms R] [--nics N] [--streams N] [--stream-gbps S] [--window-mib M] [--setup-s X] [--compression-ratio C] [--compress-gbps G] [--efficiency F] [--stun-budget-s S] [--resume-ms M] [--max-rounds N] [--no-throttle] [--json]";

/** Usage line of `cutover forecast`. */
export const FORECAST_USAGE = "cutover forecast [SCENARIO] --years N [--json] [--max-input-mib M]";

/** Usage line of `cutover import`. */
export const IMPORT_USAGE = "cutover import PATH [--json] [--max-input-mib M]";

/** Usage line of `cutover init`. */
export const INIT_USAGE = "cutover init EXPORT [--out scenario.json] [--force] [--max-input-mib M]";

/** Usage line of `cutover merge`. */
export const MERGE_USAGE = "cutover merge SHARD.json... [--json] [--max-input-mib M]";

/** Usage line of `cutover montecarlo`. */
export const MONTECARLO_USAGE =
  "cutover montecarlo [SCENARIO] --runs N [--workers K] [--shard i/n] [--precision F [--max-runs M]] [--seed N] [--json] [--max-input-mib M] [--submit slurm|kubernetes --shards K [--partition P] [--time-limit T] [--out DIR] [--dry-run] [--allow-partial]] | --resume DIR";

/** Usage line of `cutover report`. */
export const REPORT_USAGE =
  "cutover report [SCENARIO] [--out DIR] [--seed N] [--montecarlo N [--workers K]] [--max-input-mib M]";

/** Usage line of `cutover run`. */
export const RUN_USAGE =
  "cutover run [SCENARIO] [--json] [--out DIR] [--seed N] [--max-input-mib M]";

/** Usage line of `cutover schema`. */
export const SCHEMA_USAGE = "cutover schema [--overlay]";

/** Usage line of `cutover validate`. */
export const VALIDATE_USAGE = "cutover validate [--json]";
