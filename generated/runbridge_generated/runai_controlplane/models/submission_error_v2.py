from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="SubmissionErrorV2")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("code", "message", "details", "complianceIssues"))


@_attrs_define
class SubmissionErrorV2:
    """
    Attributes:
        code (int):
        message (str):
        details (str | Unset):
        compliance_issues (list[ComplianceIssuesV2ComplianceIssuesItem] | Unset):
    """

    code: int
    message: str
    details: str | Unset = UNSET
    compliance_issues: list[ComplianceIssuesV2ComplianceIssuesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        details = self.details

        compliance_issues: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.compliance_issues, Unset):
            compliance_issues = []
            for compliance_issues_item_data in self.compliance_issues:
                compliance_issues_item = compliance_issues_item_data.to_dict()
                compliance_issues.append(compliance_issues_item)

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update(
            {
                "code": code,
                "message": message,
            }
        )
        if details is not UNSET:
            fields_["details"] = details
        if compliance_issues is not UNSET:
            fields_["complianceIssues"] = compliance_issues

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            code = data_["code"]
            if not isinstance(code, int) or code is True or code is False:
                raise TypeError(f"expected int, got {type(code).__name__}")
        except Exception as error_:
            raise FieldError.at("code", data_, error_) from None
        try:
            message = data_["message"]
            if not isinstance(message, str):
                raise TypeError(f"expected str, got {type(message).__name__}")
        except Exception as error_:
            raise FieldError.at("message", data_, error_) from None
        details = data_.get("details", UNSET)
        if (not isinstance(details, str)) and not isinstance(details, Unset):
            raise FieldError.at("details", data_, TypeError(f"expected str, got {type(details).__name__}"))
        try:
            _compliance_issues = data_.get("complianceIssues", UNSET)
            compliance_issues: list[ComplianceIssuesV2ComplianceIssuesItem] | Unset = UNSET
            if _compliance_issues is not UNSET:
                if not isinstance(_compliance_issues, list):
                    raise TypeError(f"expected a list, got {type(_compliance_issues).__name__}")
                compliance_issues = []
                for compliance_issues_item_index_, compliance_issues_item_data in enumerate(_compliance_issues):
                    try:
                        compliance_issues_item = ComplianceIssuesV2ComplianceIssuesItem.from_dict(
                            compliance_issues_item_data
                        )

                    except Exception as error_:
                        raise FieldError.at(compliance_issues_item_index_, _compliance_issues, error_) from None
                    compliance_issues.append(compliance_issues_item)

        except Exception as error_:
            raise FieldError.at("complianceIssues", data_, error_) from None
        instance_ = cls_(
            code=code,
            message=message,
            details=details,
            compliance_issues=compliance_issues,
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
from ..models.compliance_issues_v2_compliance_issues_item import ComplianceIssuesV2ComplianceIssuesItem  # noqa: E402
