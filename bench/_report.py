"""What a benchmark returns (a Section of tables) and how RESULTS.md is written from them."""

from __future__ import annotations

import datetime as dt
import importlib.metadata
import os
import platform
import subprocess
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench.servers import PEERS, REPO


class Unavailable(Exception):
    """A row cannot be measured here (a package not yet written, a peer not installed); the message says why."""


@dataclass
class Table:
    """One markdown table: a title, column names and rows of already formatted cells."""

    title: str
    columns: list[str]
    rows: list[list[str]] = field(default_factory=list)

    def add(self, *cells: object) -> None:
        if len(cells) != len(self.columns):
            raise ValueError(f"{self.title}: {len(cells)} cells for {len(self.columns)} columns")
        self.rows.append([str(cell) for cell in cells])

    def markdown(self) -> str:
        escape = str.maketrans({"|": "\\|", "\n": " "})
        lines = [
            f"| {' | '.join(self.columns)} |",
            f"|{'|'.join('---' for _ in self.columns)}|",
            *(f"| {' | '.join(cell.translate(escape) for cell in row)} |" for row in self.rows),
        ]
        return (f"**{self.title}**\n\n" if self.title else "") + "\n".join(lines)


@dataclass
class Section:
    """The result of one benchmark: tables for RESULTS.md, notes, misses, and the raw numbers."""

    name: str
    title: str
    intro: str
    command: str
    tables: list[Table] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)
    data: dict[str, Any] = field(default_factory=dict)

    def markdown(self) -> str:
        parts = [f"## {self.title}", self.intro, f"Reproduce the whole section: `{self.command}`"]
        parts += [table.markdown() for table in self.tables]
        if self.misses:
            parts.append("**Targets missed**\n\n" + "\n".join(f"- {miss}" for miss in self.misses))
        if self.notes:
            parts.append("**Notes**\n\n" + "\n".join(f"- {note}" for note in self.notes))
        return "\n\n".join(parts)


def us(value: float) -> str:
    """Microseconds, printed at a precision that matches their size."""
    if value != value:  # NaN
        return "–"
    if value >= 10_000:
        return f"{value / 1000:,.1f} ms"
    if value >= 1000:
        return f"{value / 1000:.2f} ms"
    return f"{value:.0f} µs"


def ms(seconds: float) -> str:
    return f"{seconds * 1000:,.0f} ms" if seconds >= 0.1 else f"{seconds * 1000:.1f} ms"


def ratio(value: float) -> str:
    return f"{value:.2f}×"


def verdict(ok: bool) -> str:
    return "meets" if ok else "**misses**"


def _version(distribution: str) -> str:
    try:
        return importlib.metadata.version(distribution)
    except importlib.metadata.PackageNotFoundError:
        return "not installed"


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def _peer_versions() -> list[str]:
    found = []
    for stamp in sorted(PEERS.glob("*/.installed")):
        found.append(stamp.parent.name)
    return found


def _git_commit() -> str:
    try:
        out = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True, text=True, check=True, timeout=10
        )
        return out.stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return "unknown"


def environment() -> dict[str, str]:
    """The machine and versions the numbers were measured on."""
    return {
        "date": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "machine": f"{_cpu_model()}, {os.cpu_count()} logical CPUs, {platform.system()} {platform.release()}",
        "python": f"{platform.python_implementation()} {platform.python_version()} ({sys.executable})",
        "runbridge": f"{_version('runbridge')} (commit {_git_commit()})",
        "packages": ", ".join(
            f"{name} {_version(name)}"
            for name in ("httpx", "httpcore", "h11", "attrs", "uvicorn", "starlette", "aiohttp", "httpx-aiohttp")
        ),
        "peers": ", ".join(_peer_versions()) or "none installed (`make peers`)",
        "load average": "{:.2f} {:.2f} {:.2f} (1, 5, 15 min; other work on the machine shows here)".format(
            *os.getloadavg()
        ),
    }


FINDINGS = Path(__file__).resolve().parent / "FINDINGS.md"


def render(sections: Iterable[Section], env: dict[str, str], command: str, *, findings: Path | None = FINDINGS) -> str:
    """The whole RESULTS.md; the hand-written analysis in bench/FINDINGS.md (if any) follows the summary."""
    sections = list(sections)
    header = [
        "# Benchmark results",
        "",
        f"Written by `{command}` on {env['date']}. Every figure below comes from this one run; rerun the command "
        "to reproduce it (figures move by roughly ±10% between runs on a shared 2-core machine, ratios less).",
        "",
        "| | |",
        "|---|---|",
        *(f"| {key} | {value} |" for key, value in env.items()),
        "",
        "Method: servers run in their own processes on 127.0.0.1, so client CPU excludes server work. "
        "A/B comparisons alternate blocks of calls (A B, B A, ...) after a warm-up, and garbage is collected "
        "between blocks. Vendor clients run in their own venvs under `.peers/` through a small worker process "
        "that runs the same timing loop in that interpreter, interleaved with the runbridge blocks.",
    ]
    misses = [f"- {section.title}: {miss}" for section in sections for miss in section.misses]
    summary = ["## Targets missed", "", *(misses or ["None: every measured row meets its target."])]
    if findings is not None and findings.is_file():
        summary += ["", findings.read_text(encoding="utf-8").strip()]
    body = [section.markdown() for section in sections]
    return "\n".join(header) + "\n\n" + "\n".join(summary) + "\n\n" + "\n\n".join(body) + "\n"
