from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_architecture import AgentArchitecture
    from ..models.error_detail import ErrorDetail


T = TypeVar("T", bound="ArchitectureResponse")


@_attrs_define
class ArchitectureResponse:
    """The agent's architecture in the standard envelope (here `data` is an object, not a string).

    Attributes:
        success (bool):
        timestamp (str):
        request_id (str):
        data (AgentArchitecture | None | Unset):
        message (None | str | Unset):
        error (ErrorDetail | None | Unset):
    """

    success: bool
    timestamp: str
    request_id: str
    data: AgentArchitecture | None | Unset = UNSET
    message: None | str | Unset = UNSET
    error: ErrorDetail | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.agent_architecture import AgentArchitecture  # noqa: PLC0415
        from ..models.error_detail import ErrorDetail  # noqa: PLC0415

        success = self.success

        timestamp = self.timestamp

        request_id = self.request_id

        data: dict[str, Any] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, AgentArchitecture):
            data = self.data.to_dict()
        else:
            data = self.data

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        error: dict[str, Any] | None | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, ErrorDetail):
            error = self.error.to_dict()
        else:
            error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "timestamp": timestamp,
                "request_id": request_id,
            }
        )
        if data is not UNSET:
            field_dict["data"] = data
        if message is not UNSET:
            field_dict["message"] = message
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.agent_architecture import AgentArchitecture  # noqa: PLC0415
        from ..models.error_detail import ErrorDetail  # noqa: PLC0415

        d = dict(src_dict)
        success = d.pop("success")

        timestamp = d.pop("timestamp")

        request_id = d.pop("request_id")

        def _parse_data(data: object) -> AgentArchitecture | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_0 = AgentArchitecture.from_dict(data)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AgentArchitecture | None | Unset, data)

        data = _parse_data(d.pop("data", UNSET))

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        def _parse_error(data: object) -> ErrorDetail | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                error_type_0 = ErrorDetail.from_dict(data)

                return error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ErrorDetail | None | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        instance_ = cls(
            success=success,
            timestamp=timestamp,
            request_id=request_id,
            data=data,
            message=message,
            error=error,
        )

        instance_.additional_properties = d
        return instance_

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
