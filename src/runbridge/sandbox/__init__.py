"""Offline reference servers for the four services, for the demo, the tests and users' own retry testing.

    from runbridge.sandbox import Sandbox

    with Sandbox() as sandbox:              # four servers on 127.0.0.1, free ports
        print(sandbox.urls["runs"])

Needs the `sandbox` extra (starlette, uvicorn). `runbridge sandbox` runs the same servers from the command line.
"""

from runbridge.sandbox.launcher import SERVICES, Sandbox
from runbridge.sandbox.settings import SandboxSettings

__all__ = ["SERVICES", "Sandbox", "SandboxSettings"]
