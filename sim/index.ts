export { type AnyOfValue, Condition } from "./Condition.ts";
export {
  Environment,
  type RunOptions,
  type RunResult,
  type StopReason,
} from "./Environment.ts";
export { Event, type Waiter } from "./Event.ts";
export { EventQueue } from "./EventQueue.ts";
export { Interrupt } from "./Interrupt.ts";
export { Process, type ProcessGenerator, type Yieldable } from "./Process.ts";
export { ProcessError } from "./ProcessError.ts";
export { MAX_PRIORITY, NORMAL, URGENT } from "./priority.ts";
export { Container, type ContainerOptions } from "./resources/Container.ts";
export { FifoQueue, PriorityQueue, type RequestQueue } from "./resources/RequestQueue.ts";
export { Request, Resource, type ResourceOptions } from "./resources/Resource.ts";
export { Store } from "./resources/Store.ts";
export { Timeout } from "./Timeout.ts";
