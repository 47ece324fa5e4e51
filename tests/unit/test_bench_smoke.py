"""The benchmarks still run: each one at a tiny size, checking the shape of what it returns (never timings)."""

from __future__ import annotations

import argparse
import dataclasses
import json
from pathlib import Path

import pytest

import bench.__main__ as bench_main
from bench import _measure, backends, imports, overhead, registry_batch, streaming
from bench.__main__ import _batch_config
from bench._report import Section, Table, environment, render


def _rows(section: Section) -> list[list[str]]:
    return [row for table in section.tables for row in table.rows]


def test_percentiles_and_samples() -> None:
    assert _measure.percentile([1, 2, 3, 4, 5], 50) == 3
    assert _measure.percentile([10, 20], 90) == pytest.approx(19)
    samples = _measure.time_sync(lambda: None, 5)
    assert len(samples) == 5
    assert set(samples.summary()) == {"n", "wall_median_us", "wall_p90_us", "cpu_median_us", "cpu_p90_us"}


def test_interleave_gives_every_variant_its_calls() -> None:
    seen: list[str] = []

    def block(name: str) -> _measure.Block:
        def run(n: int) -> _measure.Samples:
            seen.append(name)
            return _measure.time_sync(lambda: None, n)

        return run

    results = _measure.interleave({"a": block("a"), "b": block("b")}, calls=10, block=4, warmup=1)
    assert {name: len(samples) for name, samples in results.items()} == {"a": 10, "b": 10}
    assert seen[2:6] == ["a", "b", "b", "a"]  # after the warm-ups, the order alternates


def test_table_rejects_a_wrong_row() -> None:
    table = Table("t", ["a", "b"])
    table.add(1, "x|y")
    assert "x\\|y" in table.markdown()
    with pytest.raises(ValueError, match="2 columns"):
        table.add(1)


def test_batch_option_parsing() -> None:
    assert _batch_config("1000x50") == (1000, 50, 20.0)
    assert _batch_config("10000x500@200") == (10000, 500, 200.0)
    for text in ("fifty", "10x5@soon", "0x5"):
        with pytest.raises(argparse.ArgumentTypeError):
            _batch_config(text)


def test_imports_smoke() -> None:
    target = imports.ImportTarget("`import runbridge`", "import runbridge", module="runbridge")
    missing = imports.ImportTarget("missing", "import runbridge_nope", module="runbridge_nope")
    section = imports.run(runs=1, targets=[target, missing])
    assert section.data[target.key]["runs"] == 1
    assert "not yet available" in section.data[missing.key]["unavailable"]
    assert len(section.tables[0].rows) == 2


def test_overhead_smoke() -> None:
    section = overhead.run(calls=4, block=2, cases=["transport"])
    assert set(section.data) == {"transport.sync", "transport.async"}
    for summaries in section.data.values():
        assert overhead.RAW in summaries
        assert all(stats["n"] == 4 for stats in summaries.values())
    assert all(len(row) == 12 for row in _rows(section))
    assert all("python_calls" in stats for stats in section.data["transport.sync"].values())


def test_a_typed_call_is_held_to_the_model_target_against_its_untyped_twin() -> None:
    summaries = {
        label: {"n": 4, "wall_median_us": wall, "wall_p90_us": wall, "cpu_median_us": cpu, "cpu_p90_us": cpu}
        for label, wall, cpu in (("raw", 100.0, 100.0), ("untyped", 105.0, 110.0), ("typed", 109.0, 190.0))
    }
    variants = [
        overhead.Variant("raw", lambda n: _measure.time_sync(lambda: None, n), "raw"),
        overhead.Variant("untyped", lambda n: _measure.time_sync(lambda: None, n), "untyped"),
        overhead.Variant("typed", lambda n: _measure.time_sync(lambda: None, n), "runbridge"),
    ]
    section = Section("overhead", "t", "", "")
    table = Table("case", ["variant", *"abcdefgh", "CPU vs untyped", "target", "reproduce"])
    overhead._fill(section, table, "case.sync", variants, summaries, "cmd")
    typed = table.rows[2]
    assert typed[9] == "+80 µs"
    assert typed[10] == "vs raw **misses**; vs untyped **misses**"
    assert [miss.split(":")[0] for miss in section.misses] == ["case.sync", "case.sync"]
    assert "costs +80 µs CPU over the untyped call" in section.misses[1]


def test_render_rewrites_the_results_from_the_last_full_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    table = Table("t", ["a"])
    table.add("1")
    section = Section("s", "Section", "intro", "cmd", tables=[table], misses=["one miss"])
    run = {"sections": [dataclasses.asdict(section)], "env": environment(), "command": "python -m bench"}
    last_run = tmp_path / "last-run.json"
    last_run.write_text(json.dumps(run), encoding="utf-8")
    monkeypatch.setattr(bench_main, "LAST_RUN", last_run)
    output = tmp_path / "RESULTS.md"

    assert bench_main.main(["--render", "--output", str(output)]) == 0
    assert output.read_text(encoding="utf-8") == render([section], run["env"], "python -m bench")
    monkeypatch.setattr(bench_main, "LAST_RUN", tmp_path / "none.json")
    assert bench_main.main(["--render", "--output", str(output)]) == 2


def test_imports_first_call_is_timed_apart_from_the_import() -> None:
    (runners,) = (target for target in imports.RUNBRIDGE_TARGETS if target.first_call)
    section = imports.run(runs=1, targets=[runners])
    figures = section.data[runners.key]
    assert figures["runs"] == 1
    assert figures["first_call_median_s"] > 0


def test_registry_batch_smoke() -> None:
    section = registry_batch.run(configs=((6, 3), (8, 4, 5.0)), repeats=1)
    narrow, slow = section.tables
    assert len(narrow.rows) == len(slow.rows) == len(registry_batch.VARIANTS)
    for key in ("6x3", "8x4@5"):
        measured = section.data[key]["variants"]
        assert set(measured) == {label for label, _, _ in registry_batch.VARIANTS}
        assert all(result["failed"] == 0 and len(result["walls_s"]) == 1 for result in measured.values())
        assert all(result["peak_rss_mb"] > 0 for result in measured.values())


def test_backends_smoke() -> None:
    section = backends.run(calls=4, block=2, configs=((6, 3),), repeats=1)
    assert set(section.data) == {"runs.retrieve", "transport", "6x3"}
    assert all(stats["n"] == 4 for stats in section.data["transport"].values())
    assert len(section.data["transport"]) == 4
    measured = section.data["6x3"]["variants"]
    assert {label for label in measured if "aiohttp pool" in label}, "the aiohttp rows ran"
    assert all(result["failed"] == 0 and len(result["walls_s"]) == 1 for result in measured.values())


def test_streaming_smoke() -> None:
    section = streaming.run(events=40, repeats=1, ttfc_calls=4)
    assert set(section.data) == {"decoder", "loopback", "ttfc"}
    assert all(len(rates) == 1 for rates in section.data["decoder"].values())
    assert all(stats["n"] == 4 for stats in section.data["ttfc"].values())


def test_render_names_the_machine_and_every_section() -> None:
    section = Section(name="x", title="Example", intro="intro", command="python -m bench --only x")
    section.misses.append("a miss")
    text = render([section], environment(), "python -m bench")
    assert "## Example" in text
    assert "- Example: a miss" in text
