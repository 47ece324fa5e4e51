"""`python -m bench`: run the benchmarks and write bench/RESULTS.md.

python -m bench                       everything, full size; writes bench/RESULTS.md
python -m bench --quick               everything, small sizes (a minute or two); writes bench/.work/RESULTS.quick.md
python -m bench --only overhead       one benchmark (repeatable); prints its section
python -m bench --only overhead --case runicorn.sync
python -m bench --only registry_batch --batch 1000x50
python -m bench --only registry_batch --batch 10000x500@200   (queries x concurrency @ server latency in ms)
python -m bench --only backends       httpx vs aiohttp under the async clients (needs runbridge[aiohttp])
python -m bench --profile             also profile the runbridge paths that missed a target (cProfile)
python -m bench --render              rewrite RESULTS.md from the last full run with the current FINDINGS.md
"""

from __future__ import annotations

import argparse
import dataclasses
import importlib
import inspect
import json
import signal
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench._report import Section, Table, environment, render

HERE = Path(__file__).resolve().parent
LAST_RUN = HERE / ".work" / "last-run.json"
ORDER = ("imports", "overhead", "registry_batch", "backends", "streaming", "generation")


def _sizes(quick: bool) -> dict[str, dict[str, Any]]:
    if quick:
        return {
            "imports": {"runs": 5},
            "overhead": {"calls": 200, "block": 50},
            "registry_batch": {
                "configs": ((200, 50, 20.0), (50, 1, 20.0), (400, 200, 20.0), (1000, 500, 200.0)),
                "repeats": 1,
            },
            "backends": {"calls": 200, "block": 50, "configs": ((200, 50),), "repeats": 1},
            "streaming": {"events": 5000, "repeats": 3, "ttfc_calls": 200},
            "generation": {"runs": 5},
        }
    return {
        "imports": {"runs": 7},
        "overhead": {"calls": 1000, "block": 50},
        # The 1.05x target is within the run-to-run spread of a 3-repeat median on a 2-core machine: seven.
        "registry_batch": {"repeats": 7},
        "backends": {"calls": 1000, "block": 50, "repeats": 3},
        "streaming": {"events": 20000, "repeats": 7, "ttfc_calls": 500},
        "generation": {"runs": 7},
    }


def _batch_config(text: str) -> tuple[int, int, float]:
    shape, _, latency = text.lower().partition("@")
    try:
        queries, concurrency = (int(part) for part in shape.split("x"))
        latency_ms = float(latency) if latency else 20.0
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"--batch wants QUERIESxCONCURRENCY[@LATENCY_MS] such as 1000x50 or 10000x500@200, not {text!r}"
        ) from None
    if queries < 1 or concurrency < 1 or latency_ms < 0:
        raise argparse.ArgumentTypeError("--batch: queries and concurrency must be positive, latency not negative")
    return queries, concurrency, latency_ms


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="small sizes: a smoke run, not figures to quote")
    parser.add_argument(
        "--only",
        action="append",
        choices=ORDER,
        metavar="NAME",
        help=f"run only this benchmark (repeatable): {', '.join(ORDER)}",
    )
    parser.add_argument("--case", action="append", help="overhead: only this case (e.g. transport, runicorn.sync)")
    parser.add_argument(
        "--batch",
        action="append",
        type=_batch_config,
        help="registry_batch, backends: only QUERIESxCONCURRENCY[@LATENCY_MS] (backends: 20 ms always)",
    )
    parser.add_argument("--profile", action="store_true", help="profile the runbridge paths that missed a target")
    parser.add_argument(
        "--render",
        action="store_true",
        help="measure nothing: rewrite RESULTS.md from the last full run with the current bench/FINDINGS.md",
    )
    parser.add_argument("--output", type=Path, help="where to write the markdown (default: see above)")
    return parser


def _call(function: Callable[..., Any], options: dict[str, Any]) -> Any:
    accepted = inspect.signature(function).parameters
    return function(**{key: value for key, value in options.items() if key in accepted})


def _run_one(name: str, options: dict[str, Any], quick: bool) -> Section | None:
    try:
        module = importlib.import_module(f"bench.{name}")
    except ModuleNotFoundError as exc:
        if exc.name == f"bench.{name}":
            print(f"[bench] {name}: not available on this commit, skipped", file=sys.stderr)
            return None
        raise
    result = _call(module.run, {**options, "quick": quick})
    if isinstance(result, Section):
        return result
    if isinstance(result, str):  # a benchmark that renders its own markdown
        return Section(name=name, title=name, intro=result, command=f"python -m bench --only {name}")
    raise TypeError(f"bench.{name}.run() returned {type(result).__name__}, expected a Section")


def _exit_on_sigterm(signum: int, _frame: object) -> None:
    # SystemExit unwinds through every `with` block, so the servers and workers started so far are stopped.
    raise SystemExit(128 + signum)


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.render:
        return _render_last(args.output or HERE / "RESULTS.md")
    signal.signal(signal.SIGTERM, _exit_on_sigterm)
    sizes = _sizes(args.quick)
    if args.case:
        sizes["overhead"]["cases"] = args.case
    if args.batch:
        sizes["registry_batch"]["configs"] = tuple(args.batch)
        sizes["backends"]["configs"] = tuple((queries, concurrency) for queries, concurrency, _ in args.batch)
    names = [name for name in ORDER if not args.only or name in args.only]
    started_env = environment()  # the tree may change during a long run: say so in the header
    sections: list[Section] = []
    failed = []
    for name in names:
        started = time.perf_counter()
        print(f"[bench] {name} ...", file=sys.stderr, flush=True)
        try:
            section = _run_one(name, sizes[name], args.quick)
        except Exception:
            failed.append(name)
            print(f"[bench] {name} failed:\n{traceback.format_exc()}", file=sys.stderr)
            continue
        if section is not None:
            sections.append(section)
            print(f"[bench] {name} done in {time.perf_counter() - started:.0f}s", file=sys.stderr, flush=True)
    if args.profile:
        from bench import profiles

        sections.append(profiles.run(sections))
    command = "python -m bench" + (" --quick" if args.quick else "")
    if args.only:
        command += "".join(f" --only {name}" for name in args.only)
    if args.profile:
        command += " --profile"
    env = environment()
    if env["runbridge"] != started_env["runbridge"]:
        env["runbridge"] = f"{started_env['runbridge']} at the start, {env['runbridge']} at the end"
    text = render(sections, env, command)
    output = args.output
    if output is None and not args.only and not args.case and not args.batch:
        output = HERE / ".work" / "RESULTS.quick.md" if args.quick else HERE / "RESULTS.md"
        if not args.quick:
            # The analysis in FINDINGS.md is written after reading a run: `--render` puts it in without a rerun.
            LAST_RUN.parent.mkdir(parents=True, exist_ok=True)
            run = {"sections": [dataclasses.asdict(section) for section in sections], "env": env, "command": command}
            LAST_RUN.write_text(json.dumps(run, default=str), encoding="utf-8")
    if output is not None:
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_text(text, encoding="utf-8")
        print(f"[bench] wrote {output}", file=sys.stderr)
    else:
        print(text)
    return 1 if failed else 0


def _render_last(output: Path) -> int:
    if not LAST_RUN.exists():
        print(f"[bench] no full run to render yet ({LAST_RUN}): run `python -m bench` first", file=sys.stderr)
        return 2
    run = json.loads(LAST_RUN.read_text(encoding="utf-8"))
    sections = [
        Section(**{**section, "tables": [Table(**table) for table in section["tables"]]}) for section in run["sections"]
    ]
    env = run["env"]
    output.write_text(render(sections, env, run["command"]), encoding="utf-8")
    print(f"[bench] wrote {output} from the run of {env['date']}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
