"""Import time: runbridge and each service client vs the vendors' own clients, in fresh interpreters.

Each row is the median of N fresh processes (after one unmeasured run that writes the .pyc files). Two
figures per row: the time the import statement itself takes (measured inside the process, the figure the
≤ 150 ms target is about) and the wall time of the whole `python -c` process (interpreter start included).
For the slowest runbridge row and the slowest vendor row, `-X importtime` names the modules that cost most.

Importing less at import time moves cost to the first use; rows with a *first call* say what that costs in the
same process, right after the import (for `runbridge.runners`: building the registry with the built-in `http`
runner and one GET to the local benchmark server, which loads httpx and the transport).
"""

from __future__ import annotations

import contextlib
import importlib.util
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from bench._measure import median, percentile
from bench._report import Section, Table, ms, ratio, verdict
from bench.servers import REPO, bench_server, peer_python

TARGET_SECONDS = 0.150

# Prints: seconds the statement took, modules it loaded, and how many of those are generated-client modules.
# With a first call, a second line prints its seconds.
_PROBE = (
    "import sys as _sys, time as _t; _n = len(_sys.modules); _s = _t.perf_counter()\n"
    "{statement}\n"
    "_e = _t.perf_counter() - _s\n"
    "print(_e, len(_sys.modules) - _n, sum(1 for _m in _sys.modules if _m.startswith('runbridge_generated')))\n"
    "_s = _t.perf_counter()\n"
    "{first_call}\n"
    "print(_t.perf_counter() - _s)"
)
# The first call of the registry: the built-in `http` runner, one GET to the benchmark server (BASE_URL).
_RUNNERS_FIRST_CALL = (
    "with runbridge.runners.APIRunner(config={{'http': {{'url': '{base_url}/sleep?ms=0', 'output': 'output'}}}}) "
    "as _r: _r.execute('http', 'first')"
)


@dataclass(frozen=True)
class ImportTarget:
    """One row: a statement run in an interpreter (ours, or a vendor's venv)."""

    label: str
    statement: str
    peer: str | None = None  # a `.peers/` venv, or None for runbridge's own interpreter
    module: str | None = None  # must be importable (else the row reads "not yet available")
    ours: bool = True
    first_call: str | None = None  # timed after the import, in the same process; `{base_url}`: the bench server

    @property
    def key(self) -> str:
        return f"{self.label} [{self.where}]"

    @property
    def where(self) -> str:
        return f".peers/{self.peer}" if self.peer else ".venv"


RUNBRIDGE_TARGETS = (
    ImportTarget("`import runbridge`", "import runbridge", module="runbridge"),
    ImportTarget("`import runbridge.runicorn`", "import runbridge.runicorn", module="runbridge.runicorn"),
    ImportTarget("`import runbridge.runai`", "import runbridge.runai", module="runbridge.runai"),
    ImportTarget("`import runbridge.runs`", "import runbridge.runs", module="runbridge.runs"),
    ImportTarget("`import runbridge.runagent`", "import runbridge.runagent", module="runbridge.runagent"),
    ImportTarget(
        "`import runbridge.runners`",
        "import runbridge.runners",
        module="runbridge.runners",
        first_call=_RUNNERS_FIRST_CALL,
    ),
)
# The same statements in a venv holding runbridge and its runtime dependencies only: what a user's venv has.
# (.venv also has the dev tools, and httpx imports its CLI, rich and click, whenever those are installed.)
RUNTIME_TARGETS = tuple(
    ImportTarget(t.label, t.statement, peer="runbridge-runtime", module=t.module, first_call=t.first_call)
    for t in RUNBRIDGE_TARGETS
)
# The runtime venv holds runbridge as an editable install of one checkout: measure this checkout's code.
_THIS_CHECKOUT = (str(REPO / "src"), str(REPO / "generated"))
BASELINE_TARGETS = (ImportTarget("`import httpx` (for scale)", "import httpx", module="httpx", ours=False),)
VENDOR_TARGETS = (
    ImportTarget("runapy 1.224 `import runai.runai_client`", "import runai.runai_client", "runapy-1.224", ours=False),
    ImportTarget(
        "vertesia-client `import vertesia_client`", "import vertesia_client", "vertesia-client-1.6.0", ours=False
    ),
    ImportTarget(
        "runagent 0.1.49 `from runagent import RunAgentClient`",
        "from runagent import RunAgentClient",
        "runagent-0.1.49",
        ours=False,
    ),
    ImportTarget("runicorn 0.7.2 `import runicorn.client`", "import runicorn.client", "runicorn-0.7.2", ours=False),
)


@dataclass
class ImportTiming:
    import_s: list[float]
    process_s: list[float]
    first_call_s: list[float] = field(default_factory=list)
    modules: int = 0  # modules the statement loaded (the same in every run)
    generated_modules: int = 0  # of which runbridge_generated.*


def _interpreter(target: ImportTarget) -> Path | None:
    if target.peer is None:
        return Path(sys.executable)
    return peer_python(target.peer)


def _env(home: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONSTARTUP")}
    # runagent creates ~/.runagent at import time: keep it out of the real home.
    env.update(HOME=home, RUNAGENT_CACHE_DIR=os.path.join(home, "runagent"), GIT_ALLOW_PROTOCOL="file")
    return env


def time_import(
    python: Path,
    statement: str,
    runs: int,
    *,
    extra_path: Sequence[str] = (),
    cwd: Path | None = None,
    first_call: str | None = None,
) -> ImportTiming:
    """Time `statement` in `runs` fresh interpreters (after one warm-up run that compiles the .pyc files), and
    `first_call` after it in the same process."""
    with tempfile.TemporaryDirectory(prefix="bench-import-") as home:
        env = _env(home)
        if extra_path:
            env["PYTHONPATH"] = os.pathsep.join(extra_path)
        command = [str(python), "-c", _PROBE.format(statement=statement, first_call=first_call or "pass")]
        timing = ImportTiming([], [])
        for index in range(runs + 1):
            started = time.perf_counter()
            done = subprocess.run(command, capture_output=True, text=True, env=env, cwd=cwd or REPO, timeout=300)
            elapsed = time.perf_counter() - started
            if done.returncode != 0:
                raise RuntimeError(done.stderr.strip().splitlines()[-1] if done.stderr.strip() else "failed")
            if index:  # the first run writes bytecode caches
                import_line, first_call_line = done.stdout.strip().splitlines()[-2:]
                figures = import_line.split()
                timing.import_s.append(float(figures[0]))
                timing.process_s.append(elapsed)
                timing.modules, timing.generated_modules = int(figures[1]), int(figures[2])
                if first_call is not None:
                    timing.first_call_s.append(float(first_call_line))
        return timing


def importtime_offenders(
    python: Path, statement: str, *, top: int = 8, extra_path: Sequence[str] = ()
) -> tuple[list[tuple[str, int, int]], list[tuple[str, int]]]:
    """`-X importtime`: the modules with the largest self time, and self time summed by top-level package."""
    with tempfile.TemporaryDirectory(prefix="bench-import-") as home:
        env = _env(home)
        if extra_path:
            env["PYTHONPATH"] = os.pathsep.join(extra_path)
        done = subprocess.run(
            [str(python), "-X", "importtime", "-c", statement],
            capture_output=True,
            text=True,
            env=env,
            cwd=REPO,
            timeout=300,
        )
    rows: list[tuple[str, int, int]] = []
    for line in done.stderr.splitlines():
        if not line.startswith("import time:") or "self [us]" in line:
            continue
        try:
            self_text, cumulative_text, name = (part.strip() for part in line[len("import time:") :].split("|"))
            rows.append((name, int(self_text), int(cumulative_text)))
        except ValueError:
            continue
    by_package: dict[str, int] = {}
    for module, own_us, _ in rows:
        package = module.split(".")[0]
        by_package[package] = by_package.get(package, 0) + own_us
    modules = sorted(rows, key=lambda row: row[1], reverse=True)[:top]
    packages = sorted(by_package.items(), key=lambda item: item[1], reverse=True)[:top]
    return modules, packages


def _available(target: ImportTarget) -> str | None:
    """None if the row can be measured, else the reason it cannot."""
    if target.peer is not None:
        if _interpreter(target) is None:
            return f"`.peers/{target.peer}` not installed (`make peers`)"
        return None
    if target.module is not None:
        try:
            found = importlib.util.find_spec(target.module)
        except ModuleNotFoundError:
            found = None
        if found is None:
            return "not yet available (the package does not exist on this commit)"
    return None


def run(*, runs: int = 7, vendors: bool = True, targets: Sequence[ImportTarget] | None = None) -> Section:
    """Measure every import target; `runs` fresh interpreters per row (the issue asks for ≥ 5)."""
    section = Section(
        name="imports",
        title="Import time",
        intro=(
            f"Median of {runs} fresh interpreters per row ({min(runs, max(5, runs - 2))} for the vendors' clients, "
            "which take seconds each; p90 beside it), after one unmeasured run that writes "
            "bytecode caches. *Import* is the import statement alone, timed inside the process; *process* is the "
            "whole `python -c` run, interpreter start included. *Modules loaded* counts what the statement added "
            "to `sys.modules` (in brackets: generated-client modules), a figure that does not depend on the "
            "machine's load. Target: ≤ 150 ms import for runbridge plus one service client."
        ),
        command=f"python -m bench --only imports{' --quick' if runs < 7 else ''}",
    )
    chosen = list(targets) if targets is not None else [*RUNTIME_TARGETS, *RUNBRIDGE_TARGETS, *BASELINE_TARGETS]
    if targets is None and vendors:
        chosen += VENDOR_TARGETS
    table = Table(
        "",
        [
            "what",
            "interpreter",
            "import median",
            "import p90",
            "process median",
            "first call median",
            "modules loaded (generated)",
            "vs `import runbridge`",
            "target",
            "reproduce",
        ],
    )
    measured: dict[str, ImportTiming] = {}
    base: dict[str, float] = {}
    with contextlib.ExitStack() as stack:
        base_url = ""
        if any(target.first_call for target in chosen):
            base_url = stack.enter_context(bench_server()).base_url
        _measure_rows(section, table, chosen, runs, base_url, measured, base)
    section.tables.append(table)
    _add_offenders(section, chosen, measured)
    return section


def _extra_path(target: ImportTarget) -> Sequence[str]:
    return _THIS_CHECKOUT if target.peer == "runbridge-runtime" else ()


def _measure_rows(
    section: Section,
    table: Table,
    chosen: Sequence[ImportTarget],
    runs: int,
    base_url: str,
    measured: dict[str, ImportTiming],
    base: dict[str, float],
) -> None:
    for target in chosen:
        python = _interpreter(target)
        reproduce = f"`{python if target.peer else '.venv/bin/python'} -X importtime -c '{target.statement}'`"
        if target.peer:
            reproduce = f"`.peers/{target.peer}/bin/python -X importtime -c '{target.statement}'`"
        where = target.where
        reason = _available(target)
        if reason is not None or python is None:
            table.add(target.label, where, reason or "unavailable", "", "", "", "", "", "", reproduce)
            section.data[target.key] = {"unavailable": reason}
            continue
        try:
            # The vendors' clients take seconds per import: 5 interpreters (the issue's minimum) are enough there.
            timing = time_import(
                python,
                target.statement,
                runs if target.ours else min(runs, max(5, runs - 2)),
                extra_path=_extra_path(target),
                first_call=target.first_call.format(base_url=base_url) if target.first_call else None,
            )
        except (RuntimeError, subprocess.SubprocessError) as exc:
            table.add(target.label, where, f"failed: {exc}", "", "", "", "", "", "", reproduce)
            section.data[target.key] = {"unavailable": f"failed: {exc}"}
            continue
        measured[target.key] = timing
        import_median = median(timing.import_s)
        if target.statement == "import runbridge":
            base[where] = import_median
        relative = ratio(import_median / base[where]) if where in base else "–"
        target_cell = verdict(import_median <= TARGET_SECONDS) if target.ours else "–"
        if target.ours and import_median > TARGET_SECONDS:
            section.misses.append(f"{target.label} in {where}: {ms(import_median)} import (target ≤ 150 ms)")
        table.add(
            target.label,
            where,
            ms(import_median),
            ms(percentile(timing.import_s, 90)),
            ms(median(timing.process_s)),
            ms(median(timing.first_call_s)) if timing.first_call_s else "–",
            f"{timing.modules:,} ({timing.generated_modules:,})",
            relative,
            target_cell,
            reproduce,
        )
        section.data[target.key] = {
            "import_median_s": import_median,
            "import_p90_s": percentile(timing.import_s, 90),
            "process_median_s": median(timing.process_s),
            "modules": timing.modules,
            "generated_modules": timing.generated_modules,
            "runs": len(timing.import_s),
            **({"first_call_median_s": median(timing.first_call_s)} if timing.first_call_s else {}),
        }


def _add_offenders(section: Section, chosen: Sequence[ImportTarget], measured: dict[str, ImportTiming]) -> None:
    runtime = [t for t in chosen if t.ours and t.peer and t.key in measured]
    groups = [
        ("runbridge", runtime or [t for t in chosen if t.ours and t.key in measured]),
        ("vendor", [t for t in chosen if not t.ours and t.peer and t.key in measured]),
    ]
    for kind, candidates in groups:
        if not candidates:
            continue
        worst = max(candidates, key=lambda t: median(measured[t.key].import_s))
        python = _interpreter(worst)
        if python is None:
            continue
        modules, packages = importtime_offenders(python, worst.statement, extra_path=_extra_path(worst))
        table = Table(
            f"`-X importtime` for the slowest {kind} row, {worst.label} in {worst.where}: largest self times",
            ["module", "self", "cumulative"],
        )
        for name, self_us, cumulative_us in modules:
            table.add(f"`{name}`", ms(self_us / 1e6), ms(cumulative_us / 1e6))
        section.tables.append(table)
        by_package = Table(
            f"… and self time summed by top-level package ({worst.label} in {worst.where})", ["package", "self"]
        )
        for package, self_us in packages:
            by_package.add(f"`{package}`", ms(self_us / 1e6))
        section.tables.append(by_package)
        section.data[f"offenders:{kind}"] = {"target": worst.key, "modules": modules, "packages": packages}
