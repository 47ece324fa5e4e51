"""Read a batch's queries from a file: `.jsonl` / `.ndjson`, `.csv`, or plain text (one query per line).

* JSON Lines: each line is a JSON string, or an object whose `field` (default "query") is the query.
* CSV: the `field` column (default "query"); a file with a single column needs no header named "query".
* Anything else (and "-" for standard input): one query per line; blank lines are skipped.

Errors name the file and line, so a bad input file is a one-line message rather than a traceback.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path

from runbridge.errors import ConfigError

__all__ = ["load_queries"]


def load_queries(source: str | Path, *, field: str = "query") -> list[str]:
    """The queries in `source`, in file order."""
    if str(source) == "-":
        return _text_lines(sys.stdin.read())
    path = Path(source)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise ConfigError(f"input file {path} does not exist") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"input file {path} cannot be read: {exc}") from None
    suffix = path.suffix.lower()
    if suffix in {".jsonl", ".ndjson"}:
        return _json_lines(path, text, field)
    if suffix == ".csv":
        return _csv(path, text, field)
    return _text_lines(text)


def _text_lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def _json_lines(path: Path, text: str, field: str) -> list[str]:
    queries = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ConfigError(f"{path}, line {number}: not valid JSON ({exc.msg})") from None
        if isinstance(item, dict):
            if field not in item:
                raise ConfigError(f"{path}, line {number}: no {field!r} key (keys: {', '.join(map(str, item))})")
            item = item[field]
        if not isinstance(item, str):
            raise ConfigError(f"{path}, line {number}: the query must be a string, not {type(item).__name__}")
        queries.append(item)
    return queries


def _csv(path: Path, text: str, field: str) -> list[str]:
    rows = list(csv.reader(io.StringIO(text)))
    if not rows:
        return []
    header = [name.strip() for name in rows[0]]
    if field in header:
        column = header.index(field)
        body = rows[1:]
    elif len(header) == 1:
        column, body = 0, rows  # a one-column file: every row is a query, header or not
    else:
        raise ConfigError(f"{path}: no {field!r} column (columns: {', '.join(header)}); pass --field NAME")
    queries = []
    for number, row in enumerate(body, start=2 if body is not rows else 1):
        if len(row) <= column:
            raise ConfigError(f"{path}, row {number}: has no value in column {field!r}")
        if row[column].strip():
            queries.append(row[column])
    return queries
