from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.compliance_issues_v2_compliance_issues_item import ComplianceIssuesV2ComplianceIssuesItem


T = TypeVar("T", bound="SubmissionErrorV2")


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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
            }
        )
        if details is not UNSET:
            field_dict["details"] = details
        if compliance_issues is not UNSET:
            field_dict["complianceIssues"] = compliance_issues

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.compliance_issues_v2_compliance_issues_item import ComplianceIssuesV2ComplianceIssuesItem  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        message = d.pop("message")

        details = d.pop("details", UNSET)

        _compliance_issues = d.pop("complianceIssues", UNSET)
        compliance_issues: list[ComplianceIssuesV2ComplianceIssuesItem] | Unset = UNSET
        if _compliance_issues is not UNSET:
            compliance_issues = []
            for compliance_issues_item_data in _compliance_issues:
                compliance_issues_item = ComplianceIssuesV2ComplianceIssuesItem.from_dict(compliance_issues_item_data)

                compliance_issues.append(compliance_issues_item)

        instance_ = cls(
            code=code,
            message=message,
            details=details,
            compliance_issues=compliance_issues,
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
