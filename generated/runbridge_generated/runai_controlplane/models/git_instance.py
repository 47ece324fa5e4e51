from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="GitInstance")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(
    (
        "name",
        "repository",
        "branch",
        "revision",
        "path",
        "passwordSecret",
        "secretKeyOfUser",
        "secretKeyOfPassword",
        "exclude",
        "secretRef",
    )
)


@_attrs_define
class GitInstance:
    """
    Attributes:
        name (None | str | Unset):
        repository (None | str | Unset):
        branch (None | str | Unset):
        revision (None | str | Unset):
        path (None | str | Unset):
        password_secret (None | str | Unset):
        secret_key_of_user (None | str | Unset):
        secret_key_of_password (None | str | Unset):
        exclude (bool | None | Unset):  Default: False.
        secret_ref (GitSecretRef | None | Unset):
    """

    name: None | str | Unset = UNSET
    repository: None | str | Unset = UNSET
    branch: None | str | Unset = UNSET
    revision: None | str | Unset = UNSET
    path: None | str | Unset = UNSET
    password_secret: None | str | Unset = UNSET
    secret_key_of_user: None | str | Unset = UNSET
    secret_key_of_password: None | str | Unset = UNSET
    exclude: bool | None | Unset = False
    secret_ref: GitSecretRef | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

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

        password_secret: None | str | Unset
        if isinstance(self.password_secret, Unset):
            password_secret = UNSET
        else:
            password_secret = self.password_secret

        secret_key_of_user: None | str | Unset
        if isinstance(self.secret_key_of_user, Unset):
            secret_key_of_user = UNSET
        else:
            secret_key_of_user = self.secret_key_of_user

        secret_key_of_password: None | str | Unset
        if isinstance(self.secret_key_of_password, Unset):
            secret_key_of_password = UNSET
        else:
            secret_key_of_password = self.secret_key_of_password

        exclude: bool | None | Unset
        if isinstance(self.exclude, Unset):
            exclude = UNSET
        else:
            exclude = self.exclude

        secret_ref: dict[str, Any] | None | Unset
        if isinstance(self.secret_ref, Unset):
            secret_ref = UNSET
        elif isinstance(self.secret_ref, GitSecretRef):
            secret_ref = self.secret_ref.to_dict()
        else:
            secret_ref = self.secret_ref

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update({})
        if name is not UNSET:
            fields_["name"] = name
        if repository is not UNSET:
            fields_["repository"] = repository
        if branch is not UNSET:
            fields_["branch"] = branch
        if revision is not UNSET:
            fields_["revision"] = revision
        if path is not UNSET:
            fields_["path"] = path
        if password_secret is not UNSET:
            fields_["passwordSecret"] = password_secret
        if secret_key_of_user is not UNSET:
            fields_["secretKeyOfUser"] = secret_key_of_user
        if secret_key_of_password is not UNSET:
            fields_["secretKeyOfPassword"] = secret_key_of_password
        if exclude is not UNSET:
            fields_["exclude"] = exclude
        if secret_ref is not UNSET:
            fields_["secretRef"] = secret_ref

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            _name = data_.get("name", UNSET)
            name: None | str | Unset
            if _name is None:
                name = None
            elif isinstance(_name, Unset):
                name = UNSET
            elif isinstance(_name, str):
                name = _name
            else:
                raise TypeError(f"expected None | str | Unset, got {type(_name).__name__}")

        except Exception as error_:
            raise FieldError.at("name", data_, error_) from None
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
            _password_secret = data_.get("passwordSecret", UNSET)
            password_secret: None | str | Unset
            if _password_secret is None:
                password_secret = None
            elif isinstance(_password_secret, Unset):
                password_secret = UNSET
            elif isinstance(_password_secret, str):
                password_secret = _password_secret
            else:
                raise TypeError(f"expected None | str | Unset, got {type(_password_secret).__name__}")

        except Exception as error_:
            raise FieldError.at("passwordSecret", data_, error_) from None
        try:
            _secret_key_of_user = data_.get("secretKeyOfUser", UNSET)
            secret_key_of_user: None | str | Unset
            if _secret_key_of_user is None:
                secret_key_of_user = None
            elif isinstance(_secret_key_of_user, Unset):
                secret_key_of_user = UNSET
            elif isinstance(_secret_key_of_user, str):
                secret_key_of_user = _secret_key_of_user
            else:
                raise TypeError(f"expected None | str | Unset, got {type(_secret_key_of_user).__name__}")

        except Exception as error_:
            raise FieldError.at("secretKeyOfUser", data_, error_) from None
        try:
            _secret_key_of_password = data_.get("secretKeyOfPassword", UNSET)
            secret_key_of_password: None | str | Unset
            if _secret_key_of_password is None:
                secret_key_of_password = None
            elif isinstance(_secret_key_of_password, Unset):
                secret_key_of_password = UNSET
            elif isinstance(_secret_key_of_password, str):
                secret_key_of_password = _secret_key_of_password
            else:
                raise TypeError(f"expected None | str | Unset, got {type(_secret_key_of_password).__name__}")

        except Exception as error_:
            raise FieldError.at("secretKeyOfPassword", data_, error_) from None
        try:
            _exclude = data_.get("exclude", UNSET)
            exclude: bool | None | Unset
            if _exclude is None:
                exclude = None
            elif isinstance(_exclude, Unset):
                exclude = UNSET
            elif isinstance(_exclude, bool):
                exclude = _exclude
            else:
                raise TypeError(f"expected bool | None | Unset, got {type(_exclude).__name__}")

        except Exception as error_:
            raise FieldError.at("exclude", data_, error_) from None
        try:
            _secret_ref = data_.get("secretRef", UNSET)
            secret_ref: GitSecretRef | None | Unset
            if _secret_ref is None:
                secret_ref = None
            elif isinstance(_secret_ref, Unset):
                secret_ref = UNSET
            elif isinstance(_secret_ref, dict):
                secret_ref_type_0 = GitSecretRef.from_dict(_secret_ref)

                secret_ref = secret_ref_type_0

            else:
                raise TypeError(f"expected GitSecretRef | None | Unset, got {type(_secret_ref).__name__}")

        except Exception as error_:
            raise FieldError.at("secretRef", data_, error_) from None
        instance_ = cls_(
            name=name,
            repository=repository,
            branch=branch,
            revision=revision,
            path=path,
            password_secret=password_secret,
            secret_key_of_user=secret_key_of_user,
            secret_key_of_password=secret_key_of_password,
            exclude=exclude,
            secret_ref=secret_ref,
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


# Models in an import cycle with this one: imported after the class above is defined.
from ..models.git_secret_ref import GitSecretRef  # noqa: E402
