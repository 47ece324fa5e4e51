"""Start a real Runicorn viewer from the peer venvs (`make peers`) on 127.0.0.1, seeded with real runs.

`running_viewer(version, workdir)` seeds a storage root by running a short script with the peer venv's own
`runicorn` SDK, starts `runicorn viewer --host 127.0.0.1 --port <free>` with HOME, XDG_CONFIG_HOME and
RUNICORN_DIR inside `workdir` (so nothing outside it is read or written), waits for `/api/health`, and yields a
`PeerViewer`. On exit it stops the whole process group: SIGTERM, then SIGINT (a viewer that ran SSH attempts
can hang in uvicorn's shutdown until interrupted), then SIGKILL.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest

from tests.processes import free_port, stop_process_group

ROOT = Path(__file__).resolve().parents[2]
PEERS = ROOT / ".peers"

# Seeds for the 0.7.x SDK: runs are filed under a path and may carry an alias. Prints {alias: run_id}.
SEED_07 = r"""
import json, sys
import runicorn as rn

root = sys.argv[1]
ids = {}

def make(path, alias, steps, status=None, metrics=("train_loss", "val_acc")):
    run = rn.init(path=path, storage=root, alias=alias)
    run.set_primary_metric(metrics[1], mode="max")
    run.log_config(args={"lr": 0.1, "batch_size": 32}, extra={"optimizer": "sgd"})
    for step in range(1, steps + 1):
        run.log({metrics[0]: 1.0 / step, metrics[1]: 0.5 + step / (2.0 * steps)}, step=step,
                stage="train" if step % 10 else "val")
    run.summary({"notes": alias + " notes"})
    if status:
        run.finish(status=status)
    else:
        run.finish()
    ids[alias] = run.id

make("cv/resnet50/baseline", "trial-01", 50)
make("cv/resnet50/baseline", "trial-02", 20, status="failed")
make("nlp/bert", "bert-a", 300, metrics=("loss", "acc"))
make("misc/scratch", "victim", 5)
print(json.dumps(ids))
"""

# Seeds for the 0.5.x SDK: runs are filed under project/name, and artifacts are versioned. Prints the run id.
SEED_05 = r"""
import json, pathlib, sys
import runicorn as rn

root, scratch = sys.argv[1], pathlib.Path(sys.argv[2])
weights = scratch / "model.bin"
weights.write_bytes(b"weights-v1")
run = rn.init(project="vision", name="resnet50", storage=root)
for step in range(1, 11):
    run.log({"loss": 1.0 / step, "acc": 0.5 + step / 40}, step=step)
first = rn.Artifact("resnet-model", type="model", metadata={"acc": 0.95}, description="first")
first.add_file(str(weights))
run.log_artifact(first)
weights.write_bytes(b"weights-v2, longer")
second = rn.Artifact("resnet-model", type="model", metadata={"acc": 0.97}, description="second")
second.add_file(str(weights))
run.log_artifact(second)
data = rn.Artifact("toy-data", type="dataset", description="toy")
data.add_file(str(weights))
run.log_artifact(data)
run.finish()
print(json.dumps({"run": run.id}))
"""


@dataclass
class PeerViewer:
    """A running real viewer: its URL, the seeded run ids by alias, and its storage root."""

    version: str
    base_url: str
    storage: Path
    run_ids: dict[str, str] = field(default_factory=dict)
    log: Path | None = None


def _environment(workdir: Path) -> dict[str, str]:
    home = workdir / "home"
    (home / ".config").mkdir(parents=True, exist_ok=True)
    keep = {name: os.environ[name] for name in ("PATH", "LANG", "LC_ALL", "TZ") if name in os.environ}
    return {
        **keep,
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "RUNICORN_DIR": str(workdir / "data"),
        "PYTHONDONTWRITEBYTECODE": "1",
        "NO_PROXY": "*",
    }


def _seed(venv: Path, version: str, workdir: Path, env: dict[str, str]) -> dict[str, str]:
    script = SEED_07 if version.startswith("0.7") else SEED_05
    scratch = workdir / "scratch"
    scratch.mkdir(exist_ok=True)
    result = subprocess.run(
        [str(venv / "bin" / "python"), "-c", script, str(workdir / "data"), str(scratch)],
        env=env,
        cwd=scratch,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    if result.returncode != 0:
        raise RuntimeError(f"seeding the runicorn {version} storage failed:\n{result.stderr[-3000:]}")
    ids: dict[str, str] = json.loads(result.stdout.strip().splitlines()[-1])
    return ids


@contextmanager
def running_viewer(version: str, workdir: Path, *, startup_timeout: float = 60.0) -> Iterator[PeerViewer]:
    """Seed a storage root with runicorn `version`'s SDK and run that version's viewer over it."""
    venv = PEERS / f"runicorn-{version}"
    if not (venv / ".installed").exists():
        pytest.skip(f"runicorn {version} is not installed: run `make peers`")
    env = _environment(workdir)
    run_ids = _seed(venv, version, workdir, env)
    (workdir / "ws").mkdir(exist_ok=True)
    port = free_port()
    log_path = workdir / "viewer.log"
    command = [str(venv / "bin" / "runicorn"), "viewer", "--host", "127.0.0.1", "--port", str(port)]
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            command, cwd=workdir / "ws", env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
        )
    base_url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + startup_timeout
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"runicorn {version} viewer exited:\n{log_path.read_text(errors='replace')[-3000:]}")
            try:
                if httpx.get(f"{base_url}/api/health", timeout=2).json().get("status") == "ok":
                    break
            except (httpx.HTTPError, ValueError):
                pass
            if time.monotonic() > deadline:
                raise RuntimeError(f"runicorn {version} viewer did not become healthy in {startup_timeout:.0f}s")
            time.sleep(0.2)
        yield PeerViewer(version, base_url, workdir / "data", run_ids, log_path)
    finally:
        stop_process_group(process)


if __name__ == "__main__":  # a manual check: python -m tests.peer.runicorn_viewer 0.7.2 /tmp/dir
    with running_viewer(sys.argv[1], Path(sys.argv[2])) as viewer:
        print(viewer)
