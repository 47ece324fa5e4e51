"""`CLIv2Config`: reuse the login of the Run:ai CLI v2 (`runai login`) from its config directory.

The directory (default `~/.runai`) holds

    authentication.json   {"accessToken": "<the JWT, base64-encoded (url-safe)>", ...}
    config.json           {"control_plane": {"url": "https://..."}, "cluster": {"uuid": "..."}, ...}

Unlike runapy's loader, the path is optional, the files are read when the object is built (`load()` still
exists and reloads), an access token that is already a plain JWT is accepted as it is, and every problem is a
`runbridge.ConfigError` naming the file and the field.
"""

from __future__ import annotations

import base64
import binascii
import json
import time
from pathlib import Path
from typing import Any, Self

from runbridge._redact import mask
from runbridge.errors import ConfigError

__all__ = ["CLIv2Config"]

AUTHENTICATION_FILE = "authentication.json"
CONFIG_FILE = "config.json"


def _read_json(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path} does not exist; run `runai login` first") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path} cannot be read: {exc}") from exc
    except ValueError as exc:
        raise ConfigError(f"{path} is not valid JSON: {exc}") from exc
    if not isinstance(data, dict):
        raise ConfigError(f"{path} must hold a JSON object")
    return data


def _field(data: dict[str, Any], path: Path, *keys: str) -> str:
    value: Any = data
    for key in keys:
        value = value.get(key) if isinstance(value, dict) else None
    if not isinstance(value, str) or not value:
        raise ConfigError(f"{path} has no {'.'.join(keys)}")
    return value


def _decode_token(encoded: str, path: Path) -> str:
    """The CLI stores the JWT base64-encoded; a value that already looks like a JWT is taken as it is."""
    if encoded.count(".") == 2:
        return encoded
    try:
        decoded = base64.urlsafe_b64decode(encoded + "=" * (-len(encoded) % 4)).decode("utf-8").strip()
    except (binascii.Error, ValueError):
        raise ConfigError(f"{path}: accessToken is neither a JWT nor base64 of one") from None
    if decoded.count(".") != 2:
        raise ConfigError(f"{path}: accessToken does not decode to a JWT")
    return decoded


class CLIv2Config:
    """The token, control-plane URL and cluster of the current `runai login`."""

    def __init__(self, cliv2_config_path: str | Path = "~/.runai") -> None:
        self.path = Path(cliv2_config_path).expanduser()
        self.token: str = ""
        self.control_plane_url: str = ""
        self.cluster_uuid: str = ""
        self.load()

    def load(self) -> Self:
        """(Re)read both files; returns self."""
        if not self.path.is_dir():
            raise ConfigError(f"{self.path} is not a directory; run `runai login` or pass cliv2_config_path")
        auth_path = self.path / AUTHENTICATION_FILE
        config_path = self.path / CONFIG_FILE
        self.token = _decode_token(_field(_read_json(auth_path), auth_path, "accessToken"), auth_path)
        config = _read_json(config_path)
        self.control_plane_url = _field(config, config_path, "control_plane", "url").rstrip("/")
        self.cluster_uuid = _field(config, config_path, "cluster", "uuid")
        return self

    @property
    def token_expired(self) -> bool:
        """True when the stored token's `exp` has passed (False when it carries no readable `exp`)."""
        from runbridge.auth import jwt_expiry

        expiry = jwt_expiry(self.token)
        return expiry is not None and expiry <= time.time()

    def to_configuration(self, **options: Any) -> Any:
        """A `Configuration` using this login's bearer token and control-plane URL."""
        from runbridge.runai.configuration import Configuration

        return Configuration(bearer_token=self.token, runai_base_url=self.control_plane_url, **options)

    def __repr__(self) -> str:
        return (
            f"CLIv2Config(path={str(self.path)!r}, control_plane_url={self.control_plane_url!r}, "
            f"cluster_uuid={self.cluster_uuid!r}, token={mask(self.token)})"
        )
