"""The M/M/c queue in SimPy, written the way SimPy's documentation writes it: a process per
customer that requests a slot of a Resource, holds it for an exponential service time and
leaves. Used by `npm run bench` to compare engines on the same model.

Prints one JSON line: customers served, mean wait in queue (seconds, before service starts),
wall-clock seconds of env.run() alone (model construction and interpreter start-up excluded),
and the SimPy and Python versions.

Arrival gaps and service times come from two random.Random streams (Mersenne Twister, C
implementation), mirroring the two named streams of the TypeScript model.

Usage: python3 simpy_mmc.py --servers 1 --arrival-rate 0.9 --service-rate 1 \
           --customers 200000 --seed 1
"""

import argparse
import json
import platform
import random
import time

import simpy


def simulate(servers, arrival_rate, service_rate, customers, seed):
    arrivals = random.Random(seed)
    services = random.Random(seed + 1)
    env = simpy.Environment()
    server = simpy.Resource(env, capacity=servers)
    total_wait = 0.0
    served = 0

    def customer():
        nonlocal total_wait, served
        arrived_at = env.now
        with server.request() as request:
            yield request
            total_wait += env.now - arrived_at
            yield env.timeout(services.expovariate(service_rate))
        served += 1

    def source():
        for _ in range(customers):
            yield env.timeout(arrivals.expovariate(arrival_rate))
            env.process(customer())

    env.process(source())
    started = time.perf_counter()
    env.run()
    wall_seconds = time.perf_counter() - started
    return {
        "customers": served,
        "meanWaitSeconds": total_wait / served,
        "wallSeconds": wall_seconds,
        "simpyVersion": simpy.__version__,
        "pythonVersion": platform.python_version(),
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--servers", type=int, default=1)
    parser.add_argument("--arrival-rate", type=float, required=True)
    parser.add_argument("--service-rate", type=float, required=True)
    parser.add_argument("--customers", type=int, required=True)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    result = simulate(
        args.servers, args.arrival_rate, args.service_rate, args.customers, args.seed
    )
    print(json.dumps(result))


if __name__ == "__main__":
    main()
