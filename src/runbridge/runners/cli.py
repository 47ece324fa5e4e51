"""`runbridge call` and `runbridge batch`: the runner registry from the command line.

    runbridge call --list
    runbridge call http "How do I reset my password?" --config runners.yaml
    runbridge batch --config runners.yaml --runner http --input queries.jsonl --output results.jsonl \\
        --concurrency 20 --resume

`batch` appends each result to `--output` as it completes; after a crash or Ctrl-C, the same command with
`--resume` runs only the missing items. Without `--output` the results are printed as JSON Lines at the end.
The exit status is 0 when every item succeeded, 1 when some failed (their errors are in the results), and 2
for a usage or configuration error.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any


def register(commands: argparse._SubParsersAction[Any]) -> None:
    call = commands.add_parser(
        "call",
        help="run one query on a registered runner",
        description="Run one query on a registered runner and print its answer.",
    )
    call.add_argument("runner", nargs="?", help="runner name (see --list)")
    call.add_argument("query", nargs="?", help="the query text")
    call.add_argument("--config", metavar="PATH", help="runner config, YAML or JSON (${ENV} is substituted)")
    call.add_argument("--json", action="store_true", help="print the whole result as JSON")
    call.add_argument("--list", action="store_true", help="list the registered runners and their config keys")
    call.set_defaults(handler=_call)

    batch = commands.add_parser(
        "batch",
        help="run a file of queries on a registered runner, concurrently and resumably",
        description="Run every query of an input file (.jsonl, .csv or one per line) on a registered runner.",
    )
    batch.add_argument("runner_name", nargs="?", metavar="RUNNER", help="runner name (or --runner)")
    batch.add_argument("input_path", nargs="?", metavar="INPUT", help="queries file (or --input)")
    batch.add_argument("--runner", help="runner name")
    batch.add_argument("--input", metavar="PATH", help="queries: .jsonl, .csv, or text with one query per line")
    batch.add_argument("--field", default="query", help="the query's key or column in .jsonl/.csv (default: query)")
    batch.add_argument("--config", metavar="PATH", help="runner config, YAML or JSON (${ENV} is substituted)")
    batch.add_argument("--output", metavar="PATH", help="results as JSON Lines, appended as they complete")
    batch.add_argument("--concurrency", type=_positive, default=5, metavar="N", help="queries in flight (default 5)")
    batch.add_argument("--resume", action="store_true", help="continue a batch whose --output already exists")
    batch.add_argument("--retry-failed", action="store_true", help="with --resume, run failed items again")
    batch.add_argument("--no-progress", action="store_true", help="do not draw a progress bar")
    batch.set_defaults(handler=_batch)


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a positive integer, got {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def _call(args: argparse.Namespace) -> int:
    from runbridge.errors import ConfigError
    from runbridge.runners import APIRunner

    if args.list:
        APIRunner.display()
        return 0
    if not args.runner or args.query is None:
        raise ConfigError("give a runner name and a query, e.g. runbridge call http 'hello' (or --list)")
    with APIRunner(config=args.config, show_progress=False) as runner:
        result = runner.execute(args.runner, args.query)
    if args.json:
        print(json.dumps(result.to_dict(), indent=2, ensure_ascii=False))
    else:
        print(result.actual_output)
    return 0 if result.succeeded else 1


def _batch(args: argparse.Namespace) -> int:
    from runbridge.errors import ConfigError
    from runbridge.runners import APIRunner
    from runbridge.runners.checkpoint import scrub
    from runbridge.runners.inputs import load_queries

    name = _one_of(args.runner_name, args.runner, "runner")
    source = _one_of(args.input_path, args.input, "input")
    output = Path(args.output) if args.output else None
    if args.retry_failed and not args.resume:
        raise ConfigError("--retry-failed applies to a resumed batch; add --resume")
    if output is not None and not args.resume and output.exists() and output.stat().st_size > 0:
        raise ConfigError(f"{output} already exists; add --resume to continue that batch, or choose another --output")
    queries = load_queries(source, field=args.field)
    started = time.perf_counter()
    with APIRunner(config=args.config, max_concurrent=args.concurrency) as runner:
        executor = runner[name]
        try:
            results = runner.run_batch(
                name,
                queries,
                checkpoint=output,
                retry_failed=args.retry_failed,
                show_progress=not args.no_progress,
            )
        except KeyboardInterrupt:
            if output is not None and output.exists():
                saved = sum(1 for line in output.read_text(encoding="utf-8").splitlines() if line.strip())
                print(
                    f"\ninterrupted: {saved} of {len(queries)} results are in {output}; "
                    "run the same command with --resume to finish the rest",
                    file=sys.stderr,
                )
            raise
        secrets = executor.secret_values()
    failed = sum(1 for result in results if result.failed)
    if output is None:
        for result in results:
            print(json.dumps(scrub(result.to_dict(), secrets), ensure_ascii=False))
    elapsed = time.perf_counter() - started
    destination = f" -> {output}" if output is not None else ""
    print(
        f"{name}: {len(results)} items, {len(results) - failed} succeeded, {failed} failed in {elapsed:.1f}s"
        f"{destination}",
        file=sys.stderr,
    )
    return 1 if failed else 0


def _one_of(positional: str | None, option: str | None, what: str) -> str:
    from runbridge.errors import ConfigError

    if positional and option and positional != option:
        raise ConfigError(f"two different {what}s given: {positional!r} and --{what} {option!r}")
    value = positional or option
    if not value:
        raise ConfigError(f"no {what} given; pass --{what}")
    return value
