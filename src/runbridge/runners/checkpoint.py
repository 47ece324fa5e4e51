"""Resumable batches: a JSON Lines file that records each result the moment it completes.

One line per finished item: the item's position in the input (`index`), a fingerprint of its query
(`query_sha256`), the runner's name, then the result's redacted JSON form (`APIResponseData.to_dict`). A rerun
with the same file reads the lines back and runs only the items that are not there, so after a crash, a
SIGKILL or Ctrl-C every item ends up in the file exactly once.

Why it holds:
* a line is written with one `os.write` on an `O_APPEND` descriptor, so a killed process leaves at most one
  torn last line; reading drops it (and that item runs again);
* an item's line is written only after its result exists, so an item is either finished in the file or
  runs again — an item whose request reached the server just before a crash is sent again (at-least-once on
  the wire, exactly-once in the file);
* the fingerprints make a rerun with different queries (or a different order) fail with a clear error
  instead of mixing two batches;
* an advisory lock stops two processes from appending to the same file at once;
* when the batch finishes, the file is rewritten (atomically) in input order, one line per item.

Secrets never reach the file: the result's trace and extra output are redacted by key, and every credential
string from the runner's config is scrubbed from each line before it is written.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from collections.abc import Sequence
from pathlib import Path
from typing import IO, Any

from runbridge.runners.errors import CheckpointError
from runbridge.runners.response import APIResponseData

__all__ = ["Checkpoint", "query_fingerprint"]

REDACTED = "[REDACTED]"


def query_fingerprint(query: str) -> str:
    return hashlib.sha256(query.encode("utf-8")).hexdigest()[:16]


def scrub(value: Any, secrets: Sequence[str]) -> Any:
    """JSON-like data with every known secret string replaced inside its strings (keys included).

    Works on the data, not on serialised JSON, so a secret with quotes or backslashes (escaped in JSON) is
    still found, and the result is always valid JSON. Longest secrets go first, so a prefix leaves no tail.
    """
    ordered = sorted({secret for secret in secrets if secret}, key=len, reverse=True)
    if not ordered:
        return value
    return _scrub(value, ordered)


def _scrub(value: Any, secrets: list[str]) -> Any:
    if isinstance(value, str):
        for secret in secrets:
            value = value.replace(secret, REDACTED)
        return value
    if isinstance(value, dict):
        return {_scrub(key, secrets): _scrub(item, secrets) for key, item in value.items()}
    if isinstance(value, list):
        return [_scrub(item, secrets) for item in value]
    return value


class Checkpoint:
    """The JSONL record of one batch: `open()` returns what is already finished, `append()` adds a result."""

    def __init__(
        self,
        path: Path,
        *,
        runner: str,
        queries: Sequence[str],
        secrets: Sequence[str] = (),
        retry_failed: bool = False,
    ) -> None:
        self.path = path
        self.runner = runner
        self._fingerprints = [query_fingerprint(query) for query in queries]
        self._secrets = list(secrets)
        self._retry_failed = retry_failed
        self._records: dict[int, dict[str, Any]] = {}
        self._fd: int | None = None
        self._lock: IO[bytes] | None = None

    # -- reading ---------------------------------------------------------------------------------------------

    def open(self) -> dict[int, APIResponseData]:
        """Lock the file, read the finished items, and get ready to append. Returns {index: result}."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._acquire_lock()
        try:
            lines, torn = self._read_lines()
            self._records = self._parse(lines)
            if self._retry_failed:
                self._records = {i: r for i, r in self._records.items() if r.get("status") != "failed"}
            if torn or len(self._records) != len(lines):
                # A torn last line, a repeated item or failed items to rerun: rewrite so the file again
                # holds each finished item once before anything is appended.
                self._rewrite()
            self._fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        except BaseException:
            self._release_lock()
            raise
        return {index: APIResponseData.from_dict(record) for index, record in self._records.items()}

    def _read_lines(self) -> tuple[list[str], bool]:
        try:
            data = self.path.read_bytes()
        except FileNotFoundError:
            return [], False
        except OSError as exc:
            raise CheckpointError(f"checkpoint {self.path} cannot be read: {exc.strerror}") from None
        text = data.decode("utf-8", errors="replace")
        torn = bool(text) and not text.endswith("\n")
        lines = text.split("\n")
        if torn:
            lines = lines[:-1]  # the process died while writing this one; the item runs again
        return [line for line in lines if line.strip()], torn

    def _parse(self, lines: list[str]) -> dict[int, dict[str, Any]]:
        records: dict[int, dict[str, Any]] = {}
        for number, line in enumerate(lines, start=1):
            try:
                record = json.loads(line)
            except json.JSONDecodeError:
                raise CheckpointError(
                    f"checkpoint {self.path}, line {number}, is not a JSON result line; "
                    "is this the right file? (results are written one JSON object per line)"
                ) from None
            if not isinstance(record, dict) or not isinstance(record.get("index"), int):
                raise CheckpointError(f"checkpoint {self.path}, line {number}, has no item index")
            index = record["index"]
            if record.get("runner") not in (None, self.runner):
                raise CheckpointError(
                    f"checkpoint {self.path} holds results of runner {record.get('runner')!r}, "
                    f"not {self.runner!r}; use another file"
                )
            if not 0 <= index < len(self._fingerprints) or record.get("query_sha256") != self._fingerprints[index]:
                raise CheckpointError(
                    f"checkpoint {self.path} was written for different queries (item {index} does not match "
                    "the query at that position); use another file or restore the original input"
                )
            records[index] = record  # a repeated index: the later line is the newer result
        return records

    # -- writing ---------------------------------------------------------------------------------------------

    def _line(self, index: int, result: APIResponseData) -> tuple[dict[str, Any], bytes]:
        record = scrub(
            {"index": index, "query_sha256": self._fingerprints[index], "runner": self.runner, **result.to_dict()},
            self._secrets,
        )
        return record, (json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8")

    def append(self, index: int, result: APIResponseData) -> None:
        """Record a finished item; the line is on disk (in the OS's cache) when this returns."""
        if self._fd is None:
            raise CheckpointError(f"checkpoint {self.path} is not open")
        record, data = self._line(index, result)
        view = memoryview(data)
        while view:  # one write in practice; loop for the rare short write
            written = os.write(self._fd, view)
            view = view[written:]
        self._records[index] = record

    def finish(self) -> None:
        """After a complete batch: rewrite the file in input order, one line per item."""
        self._rewrite()

    def _rewrite(self) -> None:
        temporary = self.path.with_name(f".{self.path.name}.tmp")
        try:  # keep the file's permissions; a new file is private (results may hold sensitive answers)
            mode = self.path.stat().st_mode & 0o777
        except FileNotFoundError:
            mode = 0o600
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)
        os.chmod(temporary, mode)  # the mode given to os.open is narrowed by the umask
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            for index in sorted(self._records):
                handle.write(json.dumps(self._records[index], ensure_ascii=False) + "\n")
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, self.path)
        if self._fd is not None:  # the old descriptor points at the replaced file
            os.close(self._fd)
            self._fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)

    def close(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None
        self._release_lock()

    # -- the lock --------------------------------------------------------------------------------------------

    def _acquire_lock(self) -> None:
        # A separate lock file: the data file itself is replaced by `_rewrite`, which would drop a lock on it.
        lock_path = self.path.with_name(f".{self.path.name}.lock")
        try:
            import fcntl
        except ImportError:  # Windows: no advisory lock; running one batch per file is up to the user
            return
        while True:
            handle = open(lock_path, "ab")  # noqa: SIM115 - held for the whole batch, closed in _release_lock
            try:
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                handle.close()
                raise CheckpointError(
                    f"checkpoint {self.path} is in use by another running batch; wait for it or use another file"
                ) from None
            # The holder before us unlinks the lock file on release; if we locked that unlinked file, try again.
            try:
                same = os.stat(lock_path).st_ino == os.fstat(handle.fileno()).st_ino
            except FileNotFoundError:
                same = False
            if same:
                self._lock = handle
                return
            handle.close()

    def _release_lock(self) -> None:
        if self._lock is not None:
            with contextlib.suppress(OSError):
                os.unlink(self._lock.name)  # while still locked, so nobody can lock this file and keep it
            with contextlib.suppress(OSError):
                self._lock.close()
            self._lock = None
