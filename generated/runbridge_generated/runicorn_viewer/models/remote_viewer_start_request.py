from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="RemoteViewerStartRequest")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(
    (
        "remote_root",
        "host",
        "port",
        "username",
        "password",
        "private_key",
        "private_key_path",
        "passphrase",
        "use_agent",
        "local_port",
        "remote_port",
        "conda_env",
        "saved_server_id",
    )
)


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

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update(
            {
                "remote_root": remote_root,
            }
        )
        if host is not UNSET:
            fields_["host"] = host
        if port is not UNSET:
            fields_["port"] = port
        if username is not UNSET:
            fields_["username"] = username
        if password is not UNSET:
            fields_["password"] = password
        if private_key is not UNSET:
            fields_["private_key"] = private_key
        if private_key_path is not UNSET:
            fields_["private_key_path"] = private_key_path
        if passphrase is not UNSET:
            fields_["passphrase"] = passphrase
        if use_agent is not UNSET:
            fields_["use_agent"] = use_agent
        if local_port is not UNSET:
            fields_["local_port"] = local_port
        if remote_port is not UNSET:
            fields_["remote_port"] = remote_port
        if conda_env is not UNSET:
            fields_["conda_env"] = conda_env
        if saved_server_id is not UNSET:
            fields_["saved_server_id"] = saved_server_id

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            remote_root = data_["remote_root"]
            if not isinstance(remote_root, str):
                raise TypeError(f"expected str, got {type(remote_root).__name__}")
        except Exception as error_:
            raise FieldError.at("remote_root", data_, error_) from None
        try:
            _host = data_.get("host", UNSET)
            host: None | str | Unset
            if _host is None:
                host = None
            elif isinstance(_host, Unset):
                host = UNSET
            elif isinstance(_host, str):
                host = _host
            else:
                raise TypeError(f"expected None | str | Unset, got {type(_host).__name__}")

        except Exception as error_:
            raise FieldError.at("host", data_, error_) from None
        port = data_.get("port", UNSET)
        if (not isinstance(port, int) or port is True or port is False) and not isinstance(port, Unset):
            raise FieldError.at("port", data_, TypeError(f"expected int, got {type(port).__name__}"))
        try:
            _username = data_.get("username", UNSET)
            username: None | str | Unset
            if _username is None:
                username = None
            elif isinstance(_username, Unset):
                username = UNSET
            elif isinstance(_username, str):
                username = _username
            else:
                raise TypeError(f"expected None | str | Unset, got {type(_username).__name__}")

        except Exception as error_:
            raise FieldError.at("username", data_, error_) from None
        try:
            _password = data_.get("password", UNSET)
            password: None | str | Unset
            if _password is None:
                password = None
            elif isinstance(_password, Unset):
                password = UNSET
            elif isinstance(_password, str):
                password = _password
            else:
                raise TypeError(f"expected None | str | Unset, got {type(_password).__name__}")

        except Exception as error_:
            raise FieldError.at("password", data_, error_) from None
        try:
            _private_key = data_.get("private_key", UNSET)
            private_key: None | str | Unset
            if _private_key is None:
                private_key = None
            elif isinstance(_private_key, Unset):
                private_key = UNSET
            elif isinstance(_private_key, str):
                private_key = _private_key
            else:
                raise TypeError(f"expected None | str | Unset, got {type(_private_key).__name__}")

        except Exception as error_:
            raise FieldError.at("private_key", data_, error_) from None
        try:
            _private_key_path = data_.get("private_key_path", UNSET)
            private_key_path: None | str | Unset
            if _private_key_path is None:
                private_key_path = None
            elif isinstance(_private_key_path, Unset):
                private_key_path = UNSET
            elif isinstance(_private_key_path, str):
                private_key_path = _private_key_path
            else:
                raise TypeError(f"expected None | str | Unset, got {type(_private_key_path).__name__}")

        except Exception as error_:
            raise FieldError.at("private_key_path", data_, error_) from None
        try:
            _passphrase = data_.get("passphrase", UNSET)
            passphrase: None | str | Unset
            if _passphrase is None:
                passphrase = None
            elif isinstance(_passphrase, Unset):
                passphrase = UNSET
            elif isinstance(_passphrase, str):
                passphrase = _passphrase
            else:
                raise TypeError(f"expected None | str | Unset, got {type(_passphrase).__name__}")

        except Exception as error_:
            raise FieldError.at("passphrase", data_, error_) from None
        use_agent = data_.get("use_agent", UNSET)
        if (not isinstance(use_agent, bool)) and not isinstance(use_agent, Unset):
            raise FieldError.at("use_agent", data_, TypeError(f"expected bool, got {type(use_agent).__name__}"))
        try:
            _local_port = data_.get("local_port", UNSET)
            local_port: int | None | Unset
            if _local_port is None:
                local_port = None
            elif isinstance(_local_port, Unset):
                local_port = UNSET
            elif isinstance(_local_port, int) and not isinstance(_local_port, bool):
                local_port = _local_port
            else:
                raise TypeError(f"expected int | None | Unset, got {type(_local_port).__name__}")

        except Exception as error_:
            raise FieldError.at("local_port", data_, error_) from None
        try:
            _remote_port = data_.get("remote_port", UNSET)
            remote_port: int | None | Unset
            if _remote_port is None:
                remote_port = None
            elif isinstance(_remote_port, Unset):
                remote_port = UNSET
            elif isinstance(_remote_port, int) and not isinstance(_remote_port, bool):
                remote_port = _remote_port
            else:
                raise TypeError(f"expected int | None | Unset, got {type(_remote_port).__name__}")

        except Exception as error_:
            raise FieldError.at("remote_port", data_, error_) from None
        try:
            _conda_env = data_.get("conda_env", UNSET)
            conda_env: None | str | Unset
            if _conda_env is None:
                conda_env = None
            elif isinstance(_conda_env, Unset):
                conda_env = UNSET
            elif isinstance(_conda_env, str):
                conda_env = _conda_env
            else:
                raise TypeError(f"expected None | str | Unset, got {type(_conda_env).__name__}")

        except Exception as error_:
            raise FieldError.at("conda_env", data_, error_) from None
        try:
            _saved_server_id = data_.get("saved_server_id", UNSET)
            saved_server_id: None | str | Unset
            if _saved_server_id is None:
                saved_server_id = None
            elif isinstance(_saved_server_id, Unset):
                saved_server_id = UNSET
            elif isinstance(_saved_server_id, str):
                saved_server_id = _saved_server_id
            else:
                raise TypeError(f"expected None | str | Unset, got {type(_saved_server_id).__name__}")

        except Exception as error_:
            raise FieldError.at("saved_server_id", data_, error_) from None
        instance_ = cls_(
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
