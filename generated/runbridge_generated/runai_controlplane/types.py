"""Contains some shared types for properties"""

from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, BinaryIO, Generic, Literal, TypeVar

from attrs import define


class Unset:
    def __bool__(self) -> Literal[False]:
        return False


UNSET: Unset = Unset()


class FieldError(ValueError):
    """A value in a response body that does not fit its schema, with the path from the body down to it.

    `from_dict` raises it for the field it was building; each enclosing model or list adds its key or index,
    so the error that reaches the caller names the whole path (`departments[0].children[1].id`).
    """

    def __init__(self, path: tuple[str | int, ...], reason: str, value: object = UNSET) -> None:
        super().__init__(path, reason, value)
        self.path = path
        self.reason = reason
        self.value = value

    @property
    def where(self) -> str:
        """The path as Python would index it from the body: `departments[0].children`."""
        text = ""
        for part in self.path:
            text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
        return text or "(the body)"

    def __str__(self) -> str:
        value = "" if isinstance(self.value, Unset) else f" (value: {self.value!r:.200})"
        return f"{self.where}: {self.reason}{value}"

    @classmethod
    def at(cls, key: str | int, container: object, error: Exception) -> "FieldError":
        """`error`, raised while building `container[key]`, as a FieldError whose path starts at `key`."""
        if isinstance(error, FieldError):
            return cls((key, *error.path), error.reason, error.value)
        if not isinstance(container, Mapping | list):
            return cls(
                (),
                f"expected {'an object' if isinstance(key, str) else 'a list'}, got {type(container).__name__}",
                container,
            )
        try:
            value = container[key]  # type: ignore[index]
        except (KeyError, IndexError):
            return cls((key,), "required field is missing")
        return cls((key,), f"{type(error).__name__}: {error}", value)


def checked_scalars(value: object, kind: type | tuple[type, ...]) -> object:
    """`value` itself when it is a list of JSON scalars of `kind` (UNSET passes through); a bool is no number.

    A list of strings or numbers is not copied into a new list, but every item is checked: a wrong item is a
    FieldError naming its index, never a value of the wrong type inside a typed model."""
    if isinstance(value, Unset):
        return value
    if not isinstance(value, list):
        raise TypeError(f"expected a list, got {type(value).__name__}")
    numbers = kind is not bool
    for index, item in enumerate(value):
        if not isinstance(item, kind) or (numbers and isinstance(item, bool)):
            names = kind if isinstance(kind, tuple) else (kind,)
            expected = " or ".join(name.__name__ for name in names)
            raise FieldError((index,), f"expected {expected}, got {type(item).__name__}", item)
    return value


# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus | int  # a plain int for codes outside HTTPStatus (499, 520, 529, ...)
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


__all__ = ["UNSET", "FieldError", "File", "FileTypes", "RequestFiles", "Response", "Unset", "checked_scalars"]
