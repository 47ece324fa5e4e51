"""How long the fuzz tests of the SSE decoder and the config loader run: RUNBRIDGE_FUZZ_PROFILE.

"default" runs 1,000 examples per test (what `make test` runs), "deep" 20,000 (what `make fuzz` runs), "quick"
100 for a fast local loop. The generated-operation fuzzing sizes itself with RUNBRIDGE_FUZZ_EXAMPLES instead (a
total spread over every operation).
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

EXAMPLES_PER_TEST = {"default": 1_000, "deep": 20_000, "quick": 100}
PROFILE = os.environ.get("RUNBRIDGE_FUZZ_PROFILE", "default")
if PROFILE not in EXAMPLES_PER_TEST:
    raise ValueError(f"RUNBRIDGE_FUZZ_PROFILE={PROFILE!r}: use one of {', '.join(EXAMPLES_PER_TEST)}")

FUZZ = settings(max_examples=EXAMPLES_PER_TEST[PROFILE], deadline=None, suppress_health_check=[HealthCheck.too_slow])
