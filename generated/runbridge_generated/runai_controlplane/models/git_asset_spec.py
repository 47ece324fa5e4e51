from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="GitAssetSpec")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("repository", "branch", "revision", "path", "passwordAssetId", "credentialId"))


@_attrs_define
class GitAssetSpec:
    """
    Attributes:
        repository (None | str | Unset):
        branch (None | str | Unset):
        revision (None | str | Unset):
        path (None | str | Unset):
        password_asset_id (None | str | Unset):
        credential_id (None | str | Unset):
    """

    repository: None | str | Unset = UNSET
    branch: None | str | Unset = UNSET
    revision: None | str | Unset = UNSET
    path: None | str | Unset = UNSET
    password_asset_id: None | str | Unset = UNSET
    credential_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        repository: None | str | Unset
        if isinstance(self.repository, Unset):
            repository = UNSET
        else:
            repository = self.repository

        branch: None | str | Unset
        if isinstance(self.branch, Unset):
            branch = UNSET
        else:
            branch = self.branch

        revision: None | str | Unset
        if isinstance(self.revision, Unset):
            revision = UNSET
        else:
            revision = self.revision

        path: None | str | Unset
        if isinstance(self.path, Unset):
            path = UNSET
        else:
            path = self.path

        password_asset_id: None | str | Unset
        if isinstance(self.password_asset_id, Unset):
            password_asset_id = UNSET
        else:
            password_asset_id = self.password_asset_id

        credential_id: None | str | Unset
        if isinstance(self.credential_id, Unset):
            credential_id = UNSET
        else:
            credential_id = self.credential_id

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update({})
        if repository is not UNSET:
            fields_["repository"] = repository
        if branch is not UNSET:
            fields_["branch"] = branch
        if revision is not UNSET:
            fields_["revision"] = revision
        if path is not UNSET:
            fields_["path"] = path
        if password_asset_id is not UNSET:
            fields_["passwordAssetId"] = password_asset_id
        if credential_id is not UNSET:
            fields_["credentialId"] = credential_id

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            _repository = data_.get("repository", UNSET)
            repository: None | str | Unset
            if _repository is None:
                repository = None
            elif isinstance(_repository, Unset):
                repository = UNSET
            elif isinstance(_repository, str):
                repository = _repository
            else:
                raise TypeError(f"expected None | str | Unset, got {type(_repository).__name__}")

        except Exception as error_:
            raise FieldError.at("repository", data_, error_) from None
        try:
            _branch = data_.get("branch", UNSET)
            branch: None | str | Unset
            if _branch is None:
                branch = None
            elif isinstance(_branch, Unset):
                branch = UNSET
            elif isinstance(_branch, str):
                branch = _branch
            else:
                raise TypeError(f"expected None | str | Unset, got {type(_branch).__name__}")

        except Exception as error_:
            raise FieldError.at("branch", data_, error_) from None
        try:
            _revision = data_.get("revision", UNSET)
            revision: None | str | Unset
            if _revision is None:
                revision = None
            elif isinstance(_revision, Unset):
                revision = UNSET
            elif isinstance(_revision, str):
                revision = _revision
            else:
                raise TypeError(f"expected None | str | Unset, got {type(_revision).__name__}")

        except Exception as error_:
            raise FieldError.at("revision", data_, error_) from None
        try:
            _path = data_.get("path", UNSET)
            path: None | str | Unset
            if _path is None:
                path = None
            elif isinstance(_path, Unset):
                path = UNSET
            elif isinstance(_path, str):
                path = _path
            else:
                raise TypeError(f"expected None | str | Unset, got {type(_path).__name__}")

        except Exception as error_:
            raise FieldError.at("path", data_, error_) from None
        try:
            _password_asset_id = data_.get("passwordAssetId", UNSET)
            password_asset_id: None | str | Unset
            if _password_asset_id is None:
                password_asset_id = None
            elif isinstance(_password_asset_id, Unset):
                password_asset_id = UNSET
            elif isinstance(_password_asset_id, str):
                password_asset_id = _password_asset_id
            else:
                raise TypeError(f"expected None | str | Unset, got {type(_password_asset_id).__name__}")

        except Exception as error_:
            raise FieldError.at("passwordAssetId", data_, error_) from None
        try:
            _credential_id = data_.get("credentialId", UNSET)
            credential_id: None | str | Unset
            if _credential_id is None:
                credential_id = None
            elif isinstance(_credential_id, Unset):
                credential_id = UNSET
            elif isinstance(_credential_id, str):
                credential_id = _credential_id
            else:
                raise TypeError(f"expected None | str | Unset, got {type(_credential_id).__name__}")

        except Exception as error_:
            raise FieldError.at("credentialId", data_, error_) from None
        instance_ = cls_(
            repository=repository,
            branch=branch,
            revision=revision,
            path=path,
            password_asset_id=password_asset_id,
            credential_id=credential_id,
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
