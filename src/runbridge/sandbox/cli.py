"""`runbridge sandbox`: run the four reference servers in the foreground until Ctrl-C or SIGTERM.

Under each URL it prints the credentials that server accepts and one line of Python that connects to it, so a
newcomer can paste their way to a first call.
"""

from __future__ import annotations

import argparse
import signal
import threading
from types import FrameType
from typing import Any


def _rate(text: str) -> float:
    """'20', '20/s' → 20.0 requests per second."""
    value = text.removesuffix("/s")
    try:
        rate = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected requests per second such as 20/s, got {text!r}") from None
    if rate <= 0:
        raise argparse.ArgumentTypeError("the rate limit must be positive")
    return rate


def register(commands: argparse._SubParsersAction[Any]) -> None:
    parser = commands.add_parser(
        "sandbox",
        help="run offline reference servers for all four services on 127.0.0.1",
        description="Run offline reference servers for all four services on 127.0.0.1. Any single request can "
        "ask for a fault with the header `x-sandbox-fault: 503|429|500|drop|slow:MS|html|badjson`.",
    )
    parser.add_argument("--port-base", type=int, metavar="N", help="listen on N..N+3 (default: free ports)")
    parser.add_argument("--latency", type=float, default=0.0, metavar="MS", help="added to every response")
    parser.add_argument("--error-rate", type=float, default=0.0, metavar="P", help="share of requests that get a 503")
    parser.add_argument("--rate-limit", type=_rate, metavar="N/s", help="answer 429 above N requests per second")
    parser.add_argument("--token-ttl", type=float, default=300.0, metavar="S", help="lifetime of issued tokens")
    parser.add_argument("--stream-delay", type=float, default=40.0, metavar="MS", help="pause between streamed chunks")
    parser.set_defaults(handler=_run)


# Any key of this form is accepted by the runs sandbox's token endpoint.
SANDBOX_RUNS_API_KEY = "sk-sandbox"


def connection_help(service: str, url: str) -> tuple[str, str]:
    """What `service`'s sandbox at `url` accepts as credentials, and one line of Python that connects to it."""
    from runbridge.sandbox.runai import SANDBOX_CLIENT_ID, SANDBOX_CLIENT_SECRET

    if service == "runicorn":
        return "no credentials", f'from runbridge import runicorn; client = runicorn.connect("{url}")'
    if service == "runai":
        return (
            f"client_id={SANDBOX_CLIENT_ID} client_secret={SANDBOX_CLIENT_SECRET}",
            "from runbridge.runai import ApiClient, Configuration, RunaiClient; client = RunaiClient(ApiClient("
            f'Configuration(client_id="{SANDBOX_CLIENT_ID}", client_secret="{SANDBOX_CLIENT_SECRET}", '
            f'runai_base_url="{url}")))',
        )
    if service == "runs":
        return (
            "api_key: any key starting with sk- or pk- (the API is served under /api/v1, as the hosted one is)",
            "from runbridge.runs import RunsClient; "
            f'client = RunsClient("{url}/api/v1", api_key="{SANDBOX_RUNS_API_KEY}")',
        )
    if service == "runagent":
        return (
            "no API key; agents: echo, streamer, failing",
            f'from runbridge.runagent import RunAgentClient; agent = RunAgentClient("echo", base_url="{url}")',
        )
    raise ValueError(f"unknown sandbox service {service!r}")


def _run(args: argparse.Namespace) -> int:
    import attrs

    from runbridge.errors import ConfigError
    from runbridge.sandbox.launcher import SERVICES, Sandbox
    from runbridge.sandbox.settings import SandboxSettings

    try:
        settings = SandboxSettings(
            latency_ms=args.latency,
            error_rate=args.error_rate,
            rate_limit=args.rate_limit,
            token_ttl=args.token_ttl,
            stream_delay_ms=args.stream_delay,
        )
    except (ValueError, TypeError) as exc:
        raise ConfigError(f"invalid sandbox option: {exc}") from None

    stop = threading.Event()

    def request_stop(signum: int, frame: FrameType | None) -> None:
        stop.set()

    previous = signal.signal(signal.SIGTERM, request_stop)
    try:
        with Sandbox(settings, port_base=args.port_base) as sandbox:
            descriptions = {service.name: service.description for service in SERVICES}
            for name, url in sandbox.urls.items():
                credentials, example = connection_help(name, url)
                print(f"  {name:<9} {url:<24} {descriptions[name]}")
                print(f"  {'':<9} {credentials}")
                print(f"  {'':<9} {example}")
            knobs = ", ".join(f"{key}={value}" for key, value in attrs.asdict(settings).items())
            print(f"sandbox ready ({knobs}); Ctrl-C to stop", flush=True)
            try:
                while not stop.wait(0.5):
                    pass
            except KeyboardInterrupt:
                pass
        print("sandbox stopped")
    finally:
        signal.signal(signal.SIGTERM, previous)
    return 0
