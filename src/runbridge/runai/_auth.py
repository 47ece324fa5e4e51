"""Client credentials for Run:ai, with runapy's `auto_refresh_token=False` meaning: no refresh ahead of expiry."""

from __future__ import annotations

from typing import Literal

import attrs
import httpx

from runbridge.auth import ClientCredentials, Token

__all__ = ["RunaiClientCredentials"]


class RunaiClientCredentials(ClientCredentials):
    """`ClientCredentials` that can be told to keep a token until the control plane rejects it.

    With `proactive=False` a token is never refreshed on the clock; a 401 still triggers one refresh and one
    resend (the shared flow in runbridge.auth), so a long job survives an expired token either way.
    """

    def __init__(
        self,
        token_url: str,
        client_id: str,
        client_secret: str,
        *,
        style: Literal["form", "json"] = "form",
        refresh_margin: float = 60.0,
        proactive: bool = True,
    ) -> None:
        super().__init__(token_url, client_id, client_secret, style=style, refresh_margin=refresh_margin)
        self.proactive = proactive

    def _parse(self, response: httpx.Response) -> Token:
        token = super()._parse(response)
        return token if self.proactive else attrs.evolve(token, refresh_at=None)
