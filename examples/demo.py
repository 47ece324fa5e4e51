"""runbridge demo: every client and the runner registry against the local sandbox servers.

    make demo                                  # sets everything up, then runs this script
    python examples/demo.py --queries 500      # a bigger registry batch

The sandbox runs the four reference servers on 127.0.0.1 with short-lived tokens (so refreshes happen) and a
small share of injected 503s (so retries happen); the summary at the end shows what each call did on the wire.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass

from runbridge.errors import RunbridgeError
from runbridge.sandbox import Sandbox, SandboxSettings
from runbridge.transport import Exchange, capture

RUNS_API_KEY = "sk-demo-4f1c9a"  # the sandbox accepts any sk-/pk- key; real keys come from the environment


@dataclass
class Step:
    """One line of the summary table."""

    service: str
    call: str
    result: str
    seconds: float
    http_calls: int
    retries: int


def timed(service: str, call: str, action: Callable[[], str]) -> Step:
    """Run `action`, recording every HTTP exchange it makes (WebSocket frames are not HTTP exchanges)."""
    started = time.perf_counter()
    with capture() as exchanges:
        result = action()
    return report(Step(service, call, result, time.perf_counter() - started, len(exchanges), _retries(exchanges)))


def report(step: Step) -> Step:
    print(f"  {step.service:<9} {step.call:<40} {step.result}")
    return step


def _retries(exchanges: list[Exchange]) -> int:
    return sum(exchange.attempts - 1 for exchange in exchanges)


def experiment_viewer(url: str) -> list[Step]:
    from runbridge import runicorn

    with runicorn.connect(url) as viewer:

        def list_experiments() -> str:
            experiments = viewer.list_experiments(limit=10)
            projects = sorted({str(experiment.get("project")) for experiment in experiments})
            return f"{len(experiments)} experiments in {', '.join(projects)}"

        def metrics() -> str:
            run_id = str(viewer.list_experiments(status="finished", limit=1)[0]["id"])
            series = viewer.get_metrics(run_id, limit=1000)["metrics"]
            name, points = next(iter(sorted(series.items())))
            return f"{run_id}: {len(series)} metrics; {name} {points[0]['value']:.3f} → {points[-1]['value']:.3f}"

        return [
            timed("runicorn", "list_experiments(limit=10)", list_experiments),
            timed("runicorn", "get_metrics(run_id)", metrics),
        ]


def control_plane(url: str, token_ttl: float) -> list[Step]:
    from runbridge.runai import ApiClient, Configuration, RunaiClient
    from runbridge.sandbox.runai import SANDBOX_CLIENT_ID, SANDBOX_CLIENT_SECRET

    config = Configuration(client_id=SANDBOX_CLIENT_ID, client_secret=SANDBOX_CLIENT_SECRET, runai_base_url=url)
    with RunaiClient(ApiClient(config)) as client:

        def projects() -> str:
            listed = client.organizations.projects.get_projects(limit=10).projects
            return f"{len(listed)} projects: {', '.join(project.name for project in listed[:4])}"

        def after_expiry() -> str:
            # Tokens are refreshed ahead of expiry (at the latest at half their lifetime), so waiting past the
            # midpoint makes the next call fetch a new token first.
            time.sleep(token_ttl / 2 + 0.3)
            listed = client.organizations.projects.get_projects(limit=10).projects
            return f"{len(listed)} projects; {client.api_client.token_requests} token requests in all"

        return [
            timed("runai", "projects.get_projects(limit=10)", projects),
            timed("runai", "get_projects() after the token aged", after_expiry),
        ]


def runs_service(url: str) -> list[Step]:
    from runbridge.runs import RunsClient

    with RunsClient(url, api_key=RUNS_API_KEY) as client:

        def list_runs() -> str:
            runs = list(client.runs.list(status="completed", limit=25))
            return f"{len(runs)} completed runs (auto-paged)"

        def execute() -> str:
            chunks: list[str] = []
            run = client.runs.execute(
                "summarize",
                {"text": "runbridge streams runs over SSE and re-reads the finished run"},
                on_chunk=chunks.append,
            )
            return f"{run.id} {run.status}: {len(chunks)} chunks streamed"

        return [
            timed("runs", "runs.list(status='completed')", list_runs),
            timed("runs", "runs.execute('summarize') streaming", execute),
        ]


def agent_service(url: str) -> list[Step]:
    from runbridge.runagent import RunAgentClient

    def run() -> str:
        with RunAgentClient("echo", base_url=url) as agent:
            answer = agent.run_generic({"message": "hello from runbridge"})
        return f"echo → {answer}"[:70]

    def stream() -> str:
        with RunAgentClient("streamer", base_url=url) as agent:
            chunks = list(agent.run_generic_stream({"count": 5}))
        return f"{len(chunks)} chunks over a WebSocket, first {chunks[0]!r}"[:70]

    return [
        timed("runagent", "run_generic(echo)", run),
        timed("runagent", "run_generic_stream(streamer)", stream),
    ]


def registry_batch(url: str, queries: int, concurrency: int) -> list[Step]:
    from runbridge.runners import APIRunner

    config = {"interaction": {"interaction": "summarize", "base_url": url, "api_key": RUNS_API_KEY}}
    texts = [f"Ticket {number}: the nightly export to the data lake failed again" for number in range(queries)]

    started = time.perf_counter()
    with APIRunner(config, max_concurrent=concurrency, show_progress=True) as runner:
        results = asyncio.run(runner.execute_batch("interaction", texts))
    seconds = time.perf_counter() - started
    # Each result's trace lists the HTTP exchanges made for it, with their attempt counts.
    exchanges = [exchange for result in results for exchange in result.trace.get("exchanges", [])]
    failed = sum(result.status != "success" for result in results)
    median = sorted(result.latency for result in results)[len(results) // 2]
    outcome = f"{len(results) - failed}/{len(results)} succeeded; median latency {median * 1000:.0f} ms"
    retries = sum(int(exchange.get("attempts") or 1) - 1 for exchange in exchanges)
    return [report(Step("registry", f"execute_batch({queries} queries)", outcome, seconds, len(exchanges), retries))]


def summary(steps: list[Step]) -> str:
    header = f"{'service':<9}  {'call':<40}  {'time':>8}  {'HTTP':>5}  {'retries':>7}"
    lines = [header, "-" * len(header)]
    for step in steps:
        milliseconds = f"{step.seconds * 1000:.0f}ms"
        lines.append(f"{step.service:<9}  {step.call:<40}  {milliseconds:>8}  {step.http_calls:>5}  {step.retries:>7}")
    total_retries = sum(step.retries for step in steps)
    total_calls = sum(step.http_calls for step in steps)
    lines.append("-" * len(header))
    lines.append(f"{len(steps)} calls, {total_calls} HTTP exchanges, {total_retries} retried after injected faults")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--queries", type=int, default=200, help="registry batch size (default: 200)")
    parser.add_argument("--concurrency", type=int, default=20, help="registry concurrency (default: 20)")
    parser.add_argument("--error-rate", type=float, default=0.02, help="share of injected 503s (default: 0.02)")
    parser.add_argument("--token-ttl", type=float, default=4.0, help="sandbox token lifetime in s (default: 4)")
    args = parser.parse_args()

    settings = SandboxSettings(error_rate=args.error_rate, token_ttl=args.token_ttl, stream_delay_ms=10)
    print(f"starting the sandbox (token lifetime {settings.token_ttl:.0f}s, {settings.error_rate:.0%} injected 503s)")
    try:
        with Sandbox(settings) as sandbox:
            urls = sandbox.urls
            for name, url in urls.items():
                print(f"  {name:<9} {url}")
            print("\ncalls:")
            steps = [
                *experiment_viewer(urls["runicorn"]),
                *control_plane(urls["runai"], settings.token_ttl),
                *runs_service(urls["runs"]),
                *agent_service(urls["runagent"]),
                *registry_batch(urls["runs"], args.queries, args.concurrency),
            ]
    except RunbridgeError as exc:
        print(f"\ndemo failed: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    print("\nsummary:\n" + summary(steps))
    print("\nsandbox stopped; see README.md for using the clients against the real services")
    return 0


if __name__ == "__main__":
    sys.exit(main())
