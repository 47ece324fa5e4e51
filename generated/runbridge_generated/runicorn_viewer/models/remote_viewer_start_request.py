from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RemoteViewerStartRequest")


@_attrs_define
class RemoteViewerStartRequest:
    """
    Attributes:
        remote_root (str):
        host (None | str | Unset):
        port (int | Unset):  Default: 22.
        username (None | str | Unset):
        password (None | str | Unset):
        private_key (None | str | Unset):
        private_key_path (None | str | Unset):
        passphrase (None | str | Unset):
        use_agent (bool | Unset):  Default: True.
        local_port (int | None | Unset):
        remote_port (int | None | Unset):
        conda_env (None | str | Unset):
        saved_server_id (None | str | Unset):
    """

    remote_root: str
    host: None | str | Unset = UNSET
    port: int | Unset = 22
    username: None | str | Unset = UNSET
    password: None | str | Unset = UNSET
    private_key: None | str | Unset = UNSET
    private_key_path: None | str | Unset = UNSET
    passphrase: None | str | Unset = UNSET
    use_agent: bool | Unset = True
    local_port: int | None | Unset = UNSET
    remote_port: int | None | Unset = UNSET
    conda_env: None | str | Unset = UNSET
    saved_server_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        remote_root = self.remote_root

        host: None | str | Unset
        if isinstance(self.host, Unset):
            host = UNSET
        else:
            host = self.host

        port = self.port

        username: None | str | Unset
        if isinstance(self.username, Unset):
            username = UNSET
        else:
            username = self.username

        password: None | str | Unset
        if isinstance(self.password, Unset):
            password = UNSET
        else:
            password = self.password

        private_key: None | str | Unset
        if isinstance(self.private_key, Unset):
            private_key = UNSET
        else:
            private_key = self.private_key

        private_key_path: None | str | Unset
        if isinstance(self.private_key_path, Unset):
            private_key_path = UNSET
        else:
            private_key_path = self.private_key_path

        passphrase: None | str | Unset
        if isinstance(self.passphrase, Unset):
            passphrase = UNSET
        else:
            passphrase = self.passphrase

        use_agent = self.use_agent

        local_port: int | None | Unset
        if isinstance(self.local_port, Unset):
            local_port = UNSET
        else:
            local_port = self.local_port

        remote_port: int | None | Unset
        if isinstance(self.remote_port, Unset):
            remote_port = UNSET
        else:
            remote_port = self.remote_port

        conda_env: None | str | Unset
        if isinstance(self.conda_env, Unset):
            conda_env = UNSET
        else:
            conda_env = self.conda_env

        saved_server_id: None | str | Unset
        if isinstance(self.saved_server_id, Unset):
            saved_server_id = UNSET
        else:
            saved_server_id = self.saved_server_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "remote_root": remote_root,
            }
        )
        if host is not UNSET:
            field_dict["host"] = host
        if port is not UNSET:
            field_dict["port"] = port
        if username is not UNSET:
            field_dict["username"] = username
        if password is not UNSET:
            field_dict["password"] = password
        if private_key is not UNSET:
            field_dict["private_key"] = private_key
        if private_key_path is not UNSET:
            field_dict["private_key_path"] = private_key_path
        if passphrase is not UNSET:
            field_dict["passphrase"] = passphrase
        if use_agent is not UNSET:
            field_dict["use_agent"] = use_agent
        if local_port is not UNSET:
            field_dict["local_port"] = local_port
        if remote_port is not UNSET:
            field_dict["remote_port"] = remote_port
        if conda_env is not UNSET:
            field_dict["conda_env"] = conda_env
        if saved_server_id is not UNSET:
            field_dict["saved_server_id"] = saved_server_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        remote_root = d.pop("remote_root")

        def _parse_host(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        host = _parse_host(d.pop("host", UNSET))

        port = d.pop("port", UNSET)

        def _parse_username(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        username = _parse_username(d.pop("username", UNSET))

        def _parse_password(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        password = _parse_password(d.pop("password", UNSET))

        def _parse_private_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        private_key = _parse_private_key(d.pop("private_key", UNSET))

        def _parse_private_key_path(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        private_key_path = _parse_private_key_path(d.pop("private_key_path", UNSET))

        def _parse_passphrase(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        passphrase = _parse_passphrase(d.pop("passphrase", UNSET))

        use_agent = d.pop("use_agent", UNSET)

        def _parse_local_port(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        local_port = _parse_local_port(d.pop("local_port", UNSET))

        def _parse_remote_port(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        remote_port = _parse_remote_port(d.pop("remote_port", UNSET))

        def _parse_conda_env(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        conda_env = _parse_conda_env(d.pop("conda_env", UNSET))

        def _parse_saved_server_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        saved_server_id = _parse_saved_server_id(d.pop("saved_server_id", UNSET))

        instance_ = cls(
            remote_root=remote_root,
            host=host,
            port=port,
            username=username,
            password=password,
            private_key=private_key,
            private_key_path=private_key_path,
            passphrase=passphrase,
            use_agent=use_agent,
            local_port=local_port,
            remote_port=remote_port,
            conda_env=conda_env,
            saved_server_id=saved_server_id,
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
