from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.git_secret_ref import GitSecretRef


T = TypeVar("T", bound="GitInstance")


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
        from ..models.git_secret_ref import GitSecretRef  # noqa: PLC0415

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if repository is not UNSET:
            field_dict["repository"] = repository
        if branch is not UNSET:
            field_dict["branch"] = branch
        if revision is not UNSET:
            field_dict["revision"] = revision
        if path is not UNSET:
            field_dict["path"] = path
        if password_secret is not UNSET:
            field_dict["passwordSecret"] = password_secret
        if secret_key_of_user is not UNSET:
            field_dict["secretKeyOfUser"] = secret_key_of_user
        if secret_key_of_password is not UNSET:
            field_dict["secretKeyOfPassword"] = secret_key_of_password
        if exclude is not UNSET:
            field_dict["exclude"] = exclude
        if secret_ref is not UNSET:
            field_dict["secretRef"] = secret_ref

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.git_secret_ref import GitSecretRef  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_repository(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        repository = _parse_repository(d.pop("repository", UNSET))

        def _parse_branch(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        branch = _parse_branch(d.pop("branch", UNSET))

        def _parse_revision(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        revision = _parse_revision(d.pop("revision", UNSET))

        def _parse_path(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        path = _parse_path(d.pop("path", UNSET))

        def _parse_password_secret(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        password_secret = _parse_password_secret(d.pop("passwordSecret", UNSET))

        def _parse_secret_key_of_user(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        secret_key_of_user = _parse_secret_key_of_user(d.pop("secretKeyOfUser", UNSET))

        def _parse_secret_key_of_password(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        secret_key_of_password = _parse_secret_key_of_password(d.pop("secretKeyOfPassword", UNSET))

        def _parse_exclude(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        exclude = _parse_exclude(d.pop("exclude", UNSET))

        def _parse_secret_ref(data: object) -> GitSecretRef | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                secret_ref_type_0 = GitSecretRef.from_dict(data)

                return secret_ref_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GitSecretRef | None | Unset, data)

        secret_ref = _parse_secret_ref(d.pop("secretRef", UNSET))

        instance_ = cls(
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
