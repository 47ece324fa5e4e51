"""Importing runbridge.runicorn stays cheap: httpx, the transport and the generated client load with the first
client, and each generated endpoint with its first call."""

from __future__ import annotations

import subprocess
import sys

PROBE = """
import sys

def loaded(prefix):
    return sorted(name for name in sys.modules if name == prefix or name.startswith(prefix + "."))

import runbridge.runicorn as runicorn
print("import:", bool(loaded("httpx")), bool(loaded("runbridge.transport")), bool(loaded("runbridge_generated")))

import httpx

def viewer(request):
    return httpx.Response(200, json={"status": "ok", "version": "0.7.2"})

with runicorn.RunicornClient(transport=httpx.MockTransport(viewer)) as client:
    endpoints = loaded("runbridge_generated.runicorn_viewer.api")
    print("first call:", client.viewer_version, " ".join(endpoints))
"""


def test_the_package_loads_no_http_stack_and_each_endpoint_loads_with_its_first_call() -> None:
    completed = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, check=True)
    assert completed.stdout.splitlines() == [
        "import: False False False",
        "first call: 0.7.2 runbridge_generated.runicorn_viewer.api runbridge_generated.runicorn_viewer.api.health "
        "runbridge_generated.runicorn_viewer.api.health.get_health",
    ]
