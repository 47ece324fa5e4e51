"""The `runbridge` command: generate | check-generated | sandbox | batch.

Each subcommand imports what it needs when it runs, so `runbridge --help` stays fast and a missing optional
extra is reported as a one-line error, not a traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from runbridge.errors import RunbridgeError

Command = Callable[[argparse.Namespace], int]


def _generate(args: argparse.Namespace) -> int:
    from runbridge.codegen import generate_all

    print(f"generating {args.specs}/ -> {args.output}/")
    results = generate_all(Path(args.specs), Path(args.templates), Path(args.output), only=args.only)
    total = sum(result.operations for result in results)
    print(f"generated {len(results)} specs, {total} operations")
    return 0


def _check_generated(args: argparse.Namespace) -> int:
    from runbridge.codegen import check_generated

    differences = check_generated(Path(args.specs), Path(args.templates), Path(args.output))
    if differences:
        print(f"{args.output}/ does not match {args.specs}/ + {args.templates}/; run `make generate`:", file=sys.stderr)
        for line in differences[:50]:
            print(f"  {line}", file=sys.stderr)
        return 1
    print(f"{args.output}/ matches {args.specs}/ + {args.templates}/")
    return 0


def _add_pipeline_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--specs", default="openapi", help="directory of OpenAPI specs (default: openapi)")
    parser.add_argument("--templates", default="templates", help="template overrides (default: templates)")
    parser.add_argument("--output", default="generated", help="where the packages go (default: generated)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="runbridge", description="runbridge SDK tools")
    commands = parser.add_subparsers(dest="command", required=True)

    generate = commands.add_parser("generate", help="regenerate the typed clients from openapi/")
    _add_pipeline_arguments(generate)
    generate.add_argument("--only", metavar="NAME", help="regenerate one spec's package and leave the others")
    generate.set_defaults(handler=_generate)

    check = commands.add_parser("check-generated", help="fail if generated/ differs from a fresh generation")
    _add_pipeline_arguments(check)
    check.set_defaults(handler=_check_generated)

    for register in _EXTRA_COMMANDS:
        register(commands)
    return parser


def _register_optional_commands() -> list[Callable[[argparse._SubParsersAction[argparse.ArgumentParser]], None]]:
    registrars = []
    for module_name in ("runbridge.sandbox.cli", "runbridge.runners.cli"):
        try:
            module = __import__(module_name, fromlist=["register"])
        except ModuleNotFoundError as exc:
            if exc.name and exc.name.startswith("runbridge"):
                continue
            raise
        registrars.append(module.register)
    return registrars


_EXTRA_COMMANDS = _register_optional_commands()


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    handler: Command = args.handler
    try:
        return handler(args)
    except RunbridgeError as exc:
        print(f"runbridge {args.command}: {exc}", file=sys.stderr)
        return 2
    except ModuleNotFoundError as exc:
        print(f"runbridge {args.command}: missing dependency {exc.name!r}; install runbridge[dev]", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
