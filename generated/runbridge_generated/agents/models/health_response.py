from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="HealthResponse")


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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "server": server,
                "timestamp": timestamp,
            }
        )
        if uptime_seconds is not UNSET:
            field_dict["uptime_seconds"] = uptime_seconds
        if version is not UNSET:
            field_dict["version"] = version
        if agent_id is not UNSET:
            field_dict["agent_id"] = agent_id
        if agent_name is not UNSET:
            field_dict["agent_name"] = agent_name
        if framework is not UNSET:
            field_dict["framework"] = framework
        if agents is not UNSET:
            field_dict["agents"] = agents

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = d.pop("status")

        server = d.pop("server")

        timestamp = d.pop("timestamp")

        uptime_seconds = d.pop("uptime_seconds", UNSET)

        version = d.pop("version", UNSET)

        def _parse_agent_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        agent_id = _parse_agent_id(d.pop("agent_id", UNSET))

        def _parse_agent_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        agent_name = _parse_agent_name(d.pop("agent_name", UNSET))

        def _parse_framework(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        framework = _parse_framework(d.pop("framework", UNSET))

        agents = cast(list[str], d.pop("agents", UNSET))

        instance_ = cls(
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
