"""Generation time of each spec, and the import time of one endpoint module of the full Run:ai vendor package.

    python -m bench.generation                   every spec in openapi/ plus the vendor spec; prints markdown
    python -m bench.generation --spec runai      only this spec (repeatable; `vendor` is the vendor spec)
    python -m bench.generation --runs 7          fresh interpreters per import row (default 5, at least 5)
    python -m bench.generation --spec vendor --keep /tmp/rb-vendor
                                                 keep the vendor package, e.g. for
                                                 PYTHONPATH=/tmp/rb-vendor python -X importtime -c 'import ...'

The vendor spec is $RUNBRIDGE_VENDOR_SPEC, else ../shared/upstream-specs/runai-controlplane-2.24.json beside the
checkout; without it those rows say so. Everything is generated into temporary directories: generated/ is never
touched. Generation is timed once per spec (it takes seconds; the figure is the whole pipeline for that spec:
validate, normalise, generate, format, manifest, then the import check of every module). Import rows are the
median of N fresh interpreters after one unmeasured run that writes the bytecode caches.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from bench._measure import median, percentile
from bench._report import Section, Table, ms, verdict
from bench.imports import importtime_offenders
from bench.servers import REPO, peer_python
from runbridge.codegen.pipeline import ROOT_PACKAGE, build
from runbridge.codegen.specs import SpecJob, discover

TARGET_SECONDS = 0.150
VENDOR_PACKAGE = "runai_vendor"
# A workload listing: its module pulls in the client, the error model and the workload models it returns.
VENDOR_ENDPOINT = f"{ROOT_PACKAGE}.{VENDOR_PACKAGE}.api.workloads.get_workloads"
_ENDPOINT = f"import {VENDOR_ENDPOINT}"
_ALL_MODELS = f"from {ROOT_PACKAGE}.{VENDOR_PACKAGE}.models import *"
_DEFAULT_VENDOR_SPEC = REPO.parent / "shared" / "upstream-specs" / "runai-controlplane-2.24.json"


@dataclass(frozen=True)
class Generated:
    """One spec generated into `root` (a directory to put on sys.path)."""

    name: str
    operations: int
    pipeline_s: float
    total_s: float
    root: Path


def vendor_spec_path() -> Path | None:
    configured = os.environ.get("RUNBRIDGE_VENDOR_SPEC")
    path = Path(configured) if configured else _DEFAULT_VENDOR_SPEC
    return path if path.is_file() else None


def vendor_job(path: Path) -> SpecJob:
    """The vendor spec as the pipeline generates it (house lint off: the document is the vendor's, not ours)."""
    return SpecJob(name=path.stem, spec_path=path, package=VENDOR_PACKAGE, lint=False)


def generate(job: SpecJob, into: Path) -> Generated:
    """Run the whole pipeline for one spec into `into`, timing it."""
    started = time.perf_counter()
    (result,) = build([job], REPO / "templates", into, log=lambda _line: None)
    return Generated(job.name, result.operations, result.seconds, time.perf_counter() - started, into)


def run(
    *,
    runs: int = 5,
    quick: bool = False,
    specs: Sequence[str] | None = None,
    keep: Path | None = None,
) -> Section:
    """Generation rows for the chosen specs (default: all of openapi/ and the vendor spec), then import rows."""
    runs = max(runs, 5)
    section = Section(
        name="generation",
        title="Code generation and the vendor package's import time",
        intro=(
            "Generation: the whole pipeline for one spec, timed once (seconds; the generator itself is most of "
            "it). Import: one endpoint module of the package generated from the full Run:ai vendor spec (391 "
            f"operations, ~1,400 model modules), median of {runs} fresh interpreters. Target: ≤ 150 ms."
        ),
        command="python -m bench.generation",
    )
    wanted = set(specs) if specs else None
    jobs = [job for job in discover(REPO / "openapi") if wanted is None or job.name in wanted]
    vendor = vendor_spec_path() if wanted is None or "vendor" in wanted else None
    table = Table("Generation", ["spec", "operations", "pipeline", "with import check", "reproduce"])
    with tempfile.TemporaryDirectory(prefix="bench-generation-") as work:
        for job in jobs:
            done = generate(job, Path(work) / job.name)
            table.add(
                f"`openapi/{job.spec_path.name}`",
                done.operations,
                f"{done.pipeline_s:.1f} s",
                f"{done.total_s:.1f} s",
                f"`.venv/bin/python -m bench.generation --spec {job.name}`",
            )
            section.data[f"generate:{job.name}"] = {"operations": done.operations, "seconds": done.total_s}
        if vendor is None and (wanted is None or "vendor" in wanted):
            table.add("vendor spec", "–", "not found (set RUNBRIDGE_VENDOR_SPEC)", "", "")
        if vendor is not None:
            root = keep if keep is not None else Path(work) / "vendor"
            if keep is not None and keep.exists():
                shutil.rmtree(keep)
            done = generate(vendor_job(vendor), root)
            table.add(
                f"vendor `{vendor.name}`",
                done.operations,
                f"{done.pipeline_s:.1f} s",
                f"{done.total_s:.1f} s",
                "`.venv/bin/python -m bench.generation --spec vendor`",
            )
            section.data["generate:vendor"] = {"operations": done.operations, "seconds": done.total_s}
            section.tables.append(table)
            _import_rows(section, root, runs)
        else:
            section.tables.append(table)
    return section


# Wall time and the process's CPU time for the statement: on a busy machine wall time mostly measures waiting for a
# CPU, while CPU time stays close to what the import costs on an idle one.
_PROBE = (
    "import time as _t; _w = _t.perf_counter(); _c = _t.process_time()\n"
    "{statement}\n"
    "print(_t.perf_counter() - _w, _t.process_time() - _c)"
)


@dataclass(frozen=True)
class ImportTiming:
    """Seconds per fresh interpreter."""

    wall_s: list[float]
    cpu_s: list[float]


def time_imports(python: Path, statements: Sequence[str], runs: int, root: Path) -> dict[str, ImportTiming]:
    """Time each statement in `runs` fresh interpreters with `root` first on the path, after one warm-up run.

    The statements take turns (A B C, A B C, ...), so a change in the machine's load hits them alike and the
    differences between them stay meaningful.
    """
    timings = {statement: ImportTiming([], []) for statement in statements}
    with tempfile.TemporaryDirectory(prefix="bench-import-") as home:
        env = {key: value for key, value in os.environ.items() if key not in ("PYTHONPATH", "PYTHONSTARTUP")}
        env.update(HOME=home, PYTHONPATH=str(root))
        for index in range(runs + 1):
            for statement in statements:
                done = subprocess.run(
                    [str(python), "-c", _PROBE.format(statement=statement)],
                    capture_output=True,
                    text=True,
                    env=env,
                    cwd=REPO,
                    timeout=300,
                    check=False,
                )
                if done.returncode != 0:
                    message = done.stderr.strip().splitlines()[-1] if done.stderr.strip() else "import failed"
                    raise RuntimeError(f"{statement}: {message}")
                if index:  # the first round writes the bytecode caches
                    wall, cpu = (float(part) for part in done.stdout.split()[-2:])
                    timings[statement].wall_s.append(wall)
                    timings[statement].cpu_s.append(cpu)
    return timings


@contextlib.contextmanager
def _bytecode_written() -> Iterator[None]:
    """Let the warm-up run write .pyc files even where PYTHONDONTWRITEBYTECODE is set (as an installed wheel has
    them): otherwise every measured run would compile the 220 kB lazy `models/__init__.py` from source."""
    saved = os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    try:
        yield
    finally:
        if saved is not None:
            os.environ["PYTHONDONTWRITEBYTECODE"] = saved


def _import_rows(section: Section, root: Path, runs: int) -> None:
    with _bytecode_written():
        _measure_imports(section, root, runs)


def _measure_imports(section: Section, root: Path, runs: int) -> None:
    interpreters = [(".venv", Path(sys.executable))]
    runtime = peer_python("runbridge-runtime")
    if runtime is not None:  # runbridge and its runtime dependencies only: what a user's venv holds
        interpreters.append((".peers/runbridge-runtime", runtime))
    user_where, user_python = interpreters[-1]
    labels = {
        "import httpx": "`import httpx` (for scale)",
        _ENDPOINT: f"one endpoint: `import {VENDOR_ENDPOINT}`",
        _ALL_MODELS: "every model (what one endpoint cost before lazy models)",
    }
    table = Table(
        "Import time",
        ["what", "interpreter", "median", "p90", "CPU median", "minus `import httpx`", "target", "reproduce"],
    )
    for where, python in interpreters:
        statements = ["import httpx", _ENDPOINT] + ([_ALL_MODELS] if python == user_python else [])
        timings = time_imports(python, statements, runs, root)
        base = median(timings["import httpx"].wall_s)
        for statement in statements:
            timing = timings[statement]
            value = median(timing.wall_s)
            targeted = statement == _ENDPOINT
            table.add(
                labels[statement],
                where,
                ms(value),
                ms(percentile(timing.wall_s, 90)),
                ms(median(timing.cpu_s)),
                f"{(value - base) * 1000:+,.0f} ms" if statement != "import httpx" else "–",
                verdict(value <= TARGET_SECONDS) if targeted else "–",
                f"`.venv/bin/python -m bench.generation --spec vendor --keep /tmp/rb-vendor && "
                f"PYTHONPATH=/tmp/rb-vendor {where}/bin/python -X importtime -c '{statement}'`",
            )
            section.data[f"import:{where}:{statement}"] = {
                "median_s": value,
                "cpu_median_s": median(timing.cpu_s),
                "runs": len(timing.wall_s),
            }
            if targeted and value > TARGET_SECONDS:
                section.misses.append(f"{labels[statement]} in {where}: {ms(value)} (target ≤ 150 ms)")
    section.tables.append(table)
    modules, packages = importtime_offenders(user_python, _ENDPOINT, extra_path=[str(root)])
    offenders = Table(
        f"`-X importtime` for the endpoint import in {user_where}: largest self times", ["module", "self", "cumulative"]
    )
    for name, own_us, cumulative_us in modules:
        offenders.add(f"`{name}`", ms(own_us / 1e6), ms(cumulative_us / 1e6))
    section.tables.append(offenders)
    by_package = Table("… self time summed by top-level package", ["package", "self"])
    for package, own_us in packages:
        by_package.add(f"`{package}`", ms(own_us / 1e6))
    section.tables.append(by_package)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.generation", description=__doc__.split("\n\n")[0])
    parser.add_argument("--spec", action="append", help="a spec name from openapi/, or `vendor` (repeatable)")
    parser.add_argument("--runs", type=int, default=5, help="fresh interpreters per import row (at least 5)")
    parser.add_argument("--keep", type=Path, help="generate the vendor package here and leave it (replaced if present)")
    args = parser.parse_args(argv)
    section = run(runs=args.runs, specs=args.spec, keep=args.keep)
    print(section.markdown())
    return 0


if __name__ == "__main__":
    sys.exit(main())
