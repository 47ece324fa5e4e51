"""The spec → typed-client pipeline behind `make generate` and `runbridge generate`.

It needs the `dev` extra (the pinned openapi-python-client, openapi-spec-validator and ruff).
"""

from runbridge.codegen.pipeline import GeneratedSpec, check_generated, generate_all, generate_spec

__all__ = ["GeneratedSpec", "check_generated", "generate_all", "generate_spec"]
