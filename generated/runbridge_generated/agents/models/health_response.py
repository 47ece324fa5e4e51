from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as cast_  # under a name no property's attribute can take

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset
from ..types import checked_scalars as checked_scalars_

T = TypeVar("T", bound="HealthResponse")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(
    ("status", "server", "timestamp", "uptime_seconds", "version", "agent_id", "agent_name", "framework", "agents")
)


@_attrs_define
class HealthResponse:
    """
    Attributes:
        status (str):
        server (str):
        timestamp (str):
        uptime_seconds (float | Unset):
        version (str | Unset):
        agent_id (None | str | Unset): The agent a local server serves.
        agent_name (None | str | Unset):
        framework (None | str | Unset):
        agents (list[str] | Unset): The agents a multi-agent server (the runbridge sandbox) serves.
    """

    status: str
    server: str
    timestamp: str
    uptime_seconds: float | Unset = UNSET
    version: str | Unset = UNSET
    agent_id: None | str | Unset = UNSET
    agent_name: None | str | Unset = UNSET
    framework: None | str | Unset = UNSET
    agents: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        server = self.server

        timestamp = self.timestamp

        uptime_seconds = self.uptime_seconds

        version = self.version

        agent_id: None | str | Unset
        if isinstance(self.agent_id, Unset):
            agent_id = UNSET
        else:
            agent_id = self.agent_id

        agent_name: None | str | Unset
        if isinstance(self.agent_name, Unset):
            agent_name = UNSET
        else:
            agent_name = self.agent_name

        framework: None | str | Unset
        if isinstance(self.framework, Unset):
            framework = UNSET
        else:
            framework = self.framework

        agents: list[str] | Unset = UNSET
        if not isinstance(self.agents, Unset):
            agents = self.agents

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update(
            {
                "status": status,
                "server": server,
                "timestamp": timestamp,
            }
        )
        if uptime_seconds is not UNSET:
            fields_["uptime_seconds"] = uptime_seconds
        if version is not UNSET:
            fields_["version"] = version
        if agent_id is not UNSET:
            fields_["agent_id"] = agent_id
        if agent_name is not UNSET:
            fields_["agent_name"] = agent_name
        if framework is not UNSET:
            fields_["framework"] = framework
        if agents is not UNSET:
            fields_["agents"] = agents

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            status = data_["status"]
            if not isinstance(status, str):
                raise TypeError(f"expected str, got {type(status).__name__}")
        except Exception as error_:
            raise FieldError.at("status", data_, error_) from None
        try:
            server = data_["server"]
            if not isinstance(server, str):
                raise TypeError(f"expected str, got {type(server).__name__}")
        except Exception as error_:
            raise FieldError.at("server", data_, error_) from None
        try:
            timestamp = data_["timestamp"]
            if not isinstance(timestamp, str):
                raise TypeError(f"expected str, got {type(timestamp).__name__}")
        except Exception as error_:
            raise FieldError.at("timestamp", data_, error_) from None
        uptime_seconds = data_.get("uptime_seconds", UNSET)
        if (
            not isinstance(uptime_seconds, (int, float)) or uptime_seconds is True or uptime_seconds is False
        ) and not isinstance(uptime_seconds, Unset):
            raise FieldError.at(
                "uptime_seconds", data_, TypeError(f"expected int or float, got {type(uptime_seconds).__name__}")
            )
        version = data_.get("version", UNSET)
        if (not isinstance(version, str)) and not isinstance(version, Unset):
            raise FieldError.at("version", data_, TypeError(f"expected str, got {type(version).__name__}"))
        try:
            _agent_id = data_.get("agent_id", UNSET)
            agent_id: None | str | Unset
            if _agent_id is None:
                agent_id = None
            elif isinstance(_agent_id, Unset):
                agent_id = UNSET
            elif isinstance(_agent_id, str):
                agent_id = _agent_id
            else:
                raise TypeError(f"expected None | str | Unset, got {type(_agent_id).__name__}")

        except Exception as error_:
            raise FieldError.at("agent_id", data_, error_) from None
        try:
            _agent_name = data_.get("agent_name", UNSET)
            agent_name: None | str | Unset
            if _agent_name is None:
                agent_name = None
            elif isinstance(_agent_name, Unset):
                agent_name = UNSET
            elif isinstance(_agent_name, str):
                agent_name = _agent_name
            else:
                raise TypeError(f"expected None | str | Unset, got {type(_agent_name).__name__}")

        except Exception as error_:
            raise FieldError.at("agent_name", data_, error_) from None
        try:
            _framework = data_.get("framework", UNSET)
            framework: None | str | Unset
            if _framework is None:
                framework = None
            elif isinstance(_framework, Unset):
                framework = UNSET
            elif isinstance(_framework, str):
                framework = _framework
            else:
                raise TypeError(f"expected None | str | Unset, got {type(_framework).__name__}")

        except Exception as error_:
            raise FieldError.at("framework", data_, error_) from None
        try:
            agents = cast_(list[str], checked_scalars_(data_.get("agents", UNSET), str))

        except Exception as error_:
            raise FieldError.at("agents", data_, error_) from None
        instance_ = cls_(
            status=status,
            server=server,
            timestamp=timestamp,
            uptime_seconds=uptime_seconds,
            version=version,
            agent_id=agent_id,
            agent_name=agent_name,
            framework=framework,
            agents=agents,
        )

        if not _FIELDS.issuperset(data_):
            instance_.additional_properties = {key_: value_ for key_, value_ in data_.items() if key_ not in _FIELDS}
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
