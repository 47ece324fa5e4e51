"""Run the pinned openapi-python-client on one prepared spec and judge its warnings."""

from __future__ import annotations

import contextlib
import io
import json
import re
import shutil
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from runbridge.codegen.normalize import content_type_overrides
from runbridge.codegen.specs import SpecJob, capped, pointer_of
from runbridge.errors import SpecError

# The headers openapi-python-client 0.29.1 starts a report block with: per-endpoint warnings, and the schema and
# parameter failures that silently remove a model (and every endpoint using it) from the output.
_BLOCK_START = re.compile(
    r"^(?:WARNING |ERROR |Unable to parse schema |Unable to process schema |"
    r"Unable to parse this part of your OpenAPI document: ?$|Problem creating a (?:Property|Parameter): ?$|"
    r"Unable to generate the client|Failed to parse OpenAPI document|Skipping Integration|\S+ failed$)",
    re.MULTILINE,
)
_REPORTED = re.compile(r"^(?:Warning|Error)\(s\) encountered while generating", re.MULTILINE)
_OPERATION = re.compile(r"parsing (?P<method>[A-Z]+) (?P<path>\S+) within")
_SCHEMA = re.compile(r"schema (?P<pointer>/components/\S+?):?(?:\s|$)")


@dataclass(frozen=True)
class GeneratorWarning:
    """One warning block the generator printed, with the operation it concerns when it names one."""

    text: str

    @property
    def operation(self) -> str | None:
        match = _OPERATION.search(self.text)
        return f"{match.group('method')} {match.group('path')}" if match else None

    @property
    def location(self) -> str:
        """The JSON pointer the warning is about (an operation or a component schema), else "spec"."""
        match = _OPERATION.search(self.text)
        if match:
            return pointer_of(["paths", match.group("path"), match.group("method").lower()])
        schema = _SCHEMA.search(self.text)
        return schema.group("pointer") if schema else "spec"

    @property
    def summary(self) -> str:
        lines = [line.strip() for line in self.text.splitlines() if line.strip()]
        return " | ".join(lines[:2])[:400]


def run_generator(job: SpecJob, spec: dict[str, Any], templates: Path, output: Path) -> list[GeneratorWarning]:
    """Generate `spec` into `output` (the package directory); return every warning the generator printed.

    The generator runs in this process (starting an interpreter for it cost a third of a second per spec), and its
    report is the text its command line prints, which parse_warnings reads.
    """
    from openapi_python_client import generate
    from openapi_python_client.cli import handle_errors
    from openapi_python_client.config import Config, ConfigFile, MetaType
    from openapi_python_client.parser.errors import ErrorLevel

    ruff = shutil.which("ruff", path=str(Path(sys.executable).parent)) or shutil.which("ruff")
    if ruff is None:
        raise SpecError("ruff is not installed; run `make setup` first")
    unknown = sorted(set(job.generator) - set(ConfigFile.model_fields))
    if unknown:
        raise SpecError(
            f"{job.spec_path.with_suffix('.config.yaml')}: unknown generator setting(s) {', '.join(unknown)}; "
            f"openapi-python-client knows {', '.join(sorted(ConfigFile.model_fields))}"
        )
    settings = {
        **job.generator,
        **_derived_config(job, spec),
        "package_name_override": job.package,
        # Pinned, isolated hooks: the output must not depend on ruff's default rules or any config around it,
        # and no cache directory may land inside the generated package.
        "post_hooks": [
            f"{ruff} check --isolated --no-cache --select F,I,UP --fix-only --line-length 120 --quiet .",
            f"{ruff} format --isolated --no-cache --line-length 120 --quiet .",
        ],
    }
    report = io.StringIO()
    with tempfile.TemporaryDirectory(prefix=f"runbridge-{job.name}-") as work:
        spec_file = Path(work) / f"{job.name}.json"  # JSON: the generator parses it far faster than YAML
        spec_file.write_text(json.dumps(spec), encoding="utf-8")
        try:
            config = Config.from_sources(ConfigFile(**settings), MetaType.NONE, spec_file, "utf-8", True, output)
            # The generator prints its progress and its report; both belong to the report, not to our output.
            with contextlib.redirect_stdout(report), contextlib.redirect_stderr(report):
                errors = generate(config=config, custom_template_path=templates.resolve())
                failed = [error for error in errors if error.level == ErrorLevel.ERROR]
                if not failed:
                    handle_errors(errors)  # the report as the command line prints it (it exits only on errors)
        except Exception as exc:  # a crash inside the generator: named, never a traceback from deep inside it
            raise SpecError(f"{job.spec_path}: the generator failed: {type(exc).__name__}: {exc}") from exc
    if failed or not output.is_dir():
        detail = capped([f"{error.header} {error.detail or ''}".strip() for error in failed])
        detail = detail or report.getvalue().strip().splitlines()[-20:]
        raise SpecError(f"{job.spec_path}: the generator failed:\n  " + "\n  ".join(detail))
    return parse_warnings(report.getvalue())


def parse_warnings(text: str) -> list[GeneratorWarning]:
    """Split the generator's report into one block per WARNING/ERROR."""
    starts = [match.start() for match in _BLOCK_START.finditer(text)]
    blocks = []
    for index, start in enumerate(starts):
        end = starts[index + 1] if index + 1 < len(starts) else len(text)
        body = text[start:end].split("If you believe this was a mistake")[0]
        blocks.append(GeneratorWarning(body.strip()))
    reported = _REPORTED.search(text)
    if not blocks and reported is not None:
        # A report whose block headers this parser does not know still fails the gate, with its text.
        report = text[reported.start() :].split("If you believe this was a mistake")[0]
        blocks.append(GeneratorWarning("WARNING " + report.strip()))
    return blocks


def _derived_config(job: SpecJob, spec: dict[str, Any]) -> dict[str, Any]:
    """Generator config that normalisation derives from the spec (if it is on), under the spec's own settings."""
    if not job.normalize:
        return {}
    overrides = {**content_type_overrides(spec), **dict(job.generator.get("content_type_overrides") or {})}
    return {"content_type_overrides": overrides} if overrides else {}


def allowed(job: SpecJob, warning: GeneratorWarning) -> bool:
    """Whether the spec's config accepts `warning` (it cannot accept a dropped operation or response)."""
    return any(re.search(entry.match, warning.text) for entry in job.allow_warnings)
