"""A client library for accessing Run:ai control plane (runbridge subset)"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
