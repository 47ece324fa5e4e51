"""spec → validate → overlay → normalise → lint → openapi-python-client → coverage and warnings gate →
{mypy --strict, model self-test + import check} side by side → atomic swap.

`generate_all` builds every package in a staging directory next to the output and only swaps it into place
when every spec generated cleanly, every module imports, the packages pass `mypy --strict` and every model
survives the round trip of the self-test (selftest.py), so a failure leaves `generated/` untouched.
"""

from __future__ import annotations

import filecmp
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from runbridge.codegen import coverage, overlay, proof, selftest
from runbridge.codegen.generator import allowed, run_generator
from runbridge.codegen.imports import ImportCheckError, import_all
from runbridge.codegen.manifest import write_manifest
from runbridge.codegen.specs import SpecJob, capped, discover, lint, load_document, validate
from runbridge.errors import SpecError

ROOT_PACKAGE = "runbridge_generated"
# Rounds of "regenerate what failed as Any": a schema that fails can take the responses using it along, and
# those are untyped in the round after.
_UNTYPE_ROUNDS = 3
# Tool caches that may sit in a generated tree (git ignores them); they are not generated output.
_CACHE_DIRECTORIES = frozenset({"__pycache__", ".ruff_cache", ".mypy_cache"})
_ROOT_INIT = '''"""Typed clients generated from the specs in openapi/ by `make generate`. Do not edit by hand."""
'''


@dataclass(frozen=True)
class GeneratedSpec:
    """What one spec produced."""

    name: str
    package: str
    operations: int
    seconds: float
    notes: tuple[str, ...] = ()
    spec: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)  # as it was generated


def generate_spec(
    job: SpecJob, templates: Path, package_dir: Path, *, log: Callable[[str], None] = print
) -> GeneratedSpec:
    """Validate, pre-process and generate one spec into `package_dir`; raise SpecError naming what failed.

    What the generator cannot express is regenerated typed as `Any` (with a warning in the log), so every
    operation and every documented response is in the package; `allow_warnings` cannot change that.
    """
    started = time.perf_counter()
    spec = load_document(job.spec_path)
    validate(job, spec)
    prepared, notes = overlay.apply(spec, job.overlay, spec_name=str(job.spec_path), normalize=job.normalize)
    if job.lint:
        problems = lint(prepared)
        if problems:
            listed = "\n  ".join(problems)
            raise SpecError(f"{job.spec_path}: {len(problems)} house-lint problem(s) after the overlay:\n  {listed}")
    for _attempt in range(_UNTYPE_ROUNDS + 1):
        warnings = run_generator(job, prepared, templates, package_dir)
        missing = coverage.dropped(prepared, package_dir)
        untyped = coverage.untype(prepared, warnings, missing) if job.normalize else []
        if not untyped:
            break
        notes += untyped
        shutil.rmtree(package_dir)
    if missing:
        listed = "\n  ".join(coverage.explain(item, warnings) for item in missing[:25])
        raise SpecError(f"{job.spec_path}: {len(missing)} part(s) of the spec are missing from the client:\n  {listed}")
    unexpected = [warning for warning in warnings if not allowed(job, warning)]
    if unexpected:
        listed = "\n  ".join(capped([f"{warning.location}: {warning.summary}" for warning in unexpected], 25))
        raise SpecError(
            f"{job.spec_path}: {len(unexpected)} generator warning(s) not allowed by "
            f"{job.spec_path.stem}.config.yaml:\n  {listed}"
        )
    for note in notes:
        log(f"  warning: {job.spec_path.name}: {note}")
    operations = write_manifest(prepared, package_dir)
    _format(package_dir / "_operations.py")
    return GeneratedSpec(job.name, job.package, operations, time.perf_counter() - started, tuple(notes), prepared)


def generate_all(
    specs_dir: Path,
    templates: Path,
    output_root: Path,
    *,
    only: str | None = None,
    log: Callable[[str], None] = print,
) -> list[GeneratedSpec]:
    """Regenerate every spec (or just `only`) into `output_root/runbridge_generated`, atomically."""
    jobs = discover(specs_dir)
    if only is not None:
        jobs = [job for job in jobs if only in {job.name, job.package}]
        if not jobs:
            raise SpecError(f"no spec named {only!r} in {specs_dir}")
    output_root.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".staging-", dir=output_root))
    try:
        results = build(jobs, templates, staging, log=log, check_imports=False)
        _prove(staging, results)
        if only is None:
            _swap(staging / ROOT_PACKAGE, output_root / ROOT_PACKAGE)
        else:
            (output_root / ROOT_PACKAGE).mkdir(exist_ok=True)
            for name in (ROOT_PACKAGE + "/__init__.py", ROOT_PACKAGE + "/py.typed"):
                shutil.copyfile(staging / name, output_root / name)
            for job in jobs:
                _swap(staging / ROOT_PACKAGE / job.package, output_root / ROOT_PACKAGE / job.package)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return results


def _prove(staging: Path, results: list[GeneratedSpec]) -> None:
    """`mypy --strict` beside the self-test and import check (selftest.check): subprocesses that only read the
    staged tree, so on a machine with cores to spare the proof takes as long as its longest part. Both finish, and
    the first failure in the order import → types → self-test is the one raised, as if they had run one after
    another."""
    specs = {f"{ROOT_PACKAGE}.{result.package}": result.spec for result in results}
    with ThreadPoolExecutor(max_workers=2, thread_name_prefix="runbridge-proof") as pool:
        types = pool.submit(proof.typecheck, staging, list(specs))
        runtime = pool.submit(selftest.check, staging, specs)
        failure = runtime.exception()  # waits for it
        if isinstance(failure, ImportCheckError):
            raise failure
        types.result()
        runtime.result()


def build(
    jobs: list[SpecJob],
    templates: Path,
    staging: Path,
    *,
    log: Callable[[str], None] = print,
    check_imports: bool = True,
) -> list[GeneratedSpec]:
    """Generate `jobs` into `staging/runbridge_generated` and prove every module imports.

    `check_imports=False` is for a caller that checks the imports itself (generate_all, in the self-test's
    interpreter; a caller that wants the count import_all returns), so that the modules are imported once."""
    root = staging / ROOT_PACKAGE
    root.mkdir(parents=True)
    (root / "__init__.py").write_text(_ROOT_INIT, encoding="utf-8")
    (root / "py.typed").write_text("", encoding="utf-8")
    results = []
    for job in jobs:
        result = generate_spec(job, templates, root / job.package, log=log)
        log(f"  {job.name}: {result.operations} operations -> {ROOT_PACKAGE}.{job.package} ({result.seconds:.1f}s)")
        results.append(result)
    if check_imports:
        import_all(staging, ROOT_PACKAGE)
    return results


def check_generated(specs_dir: Path, templates: Path, output_root: Path) -> list[str]:
    """Regenerate into a temporary directory and list every file that differs from `output_root`."""
    jobs = discover(specs_dir)
    with tempfile.TemporaryDirectory(prefix="runbridge-check-") as work:
        build(jobs, templates, Path(work), log=lambda _line: None)
        return diff_trees(Path(work) / ROOT_PACKAGE, output_root / ROOT_PACKAGE)


def diff_trees(expected: Path, actual: Path) -> list[str]:
    """Paths (relative) that are missing, extra or different between two trees, ignoring caches."""

    def files(root: Path) -> set[str]:
        if not root.exists():
            return set()
        return {
            str(path.relative_to(root))
            for path in root.rglob("*")
            if path.is_file() and not _CACHE_DIRECTORIES.intersection(path.parts)
        }

    wanted, present = files(expected), files(actual)
    differences = [f"missing: {name}" for name in sorted(wanted - present)]
    differences += [f"not generated from the specs: {name}" for name in sorted(present - wanted)]
    differences += [
        f"differs: {name}"
        for name in sorted(wanted & present)
        if not filecmp.cmp(expected / name, actual / name, shallow=False)
    ]
    return differences


def _swap(new: Path, target: Path) -> None:
    """Put `new` where `target` is with two renames on one filesystem; the old tree is removed last."""
    old = target.with_name(f".old-{target.name}-{os.getpid()}")
    if target.exists():
        target.rename(old)
    try:
        new.rename(target)
    except OSError:
        if old.exists():
            old.rename(target)
        raise
    shutil.rmtree(old, ignore_errors=True)


def _format(path: Path) -> None:
    ruff = shutil.which("ruff", path=str(Path(sys.executable).parent)) or shutil.which("ruff") or "ruff"
    subprocess.run(  # noqa: S603
        [ruff, "format", "--isolated", "--line-length", "120", "--quiet", str(path)], check=True
    )
