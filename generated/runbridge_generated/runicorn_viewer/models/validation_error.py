from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="ValidationError")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("loc", "msg", "type", "input", "ctx"))


@_attrs_define
class ValidationError:
    """
    Attributes:
        loc (list[int | str]):
        msg (str):
        type_ (str):
        input_ (Any | Unset):
        ctx (ValidationErrorCtx | Unset):
    """

    loc: list[int | str]
    msg: str
    type_: str
    input_: Any | Unset = UNSET
    ctx: ValidationErrorCtx | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        loc = []
        for loc_item_data in self.loc:
            loc_item: int | str
            loc_item = loc_item_data
            loc.append(loc_item)

        msg = self.msg

        type_ = self.type_

        input_ = self.input_

        ctx: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ctx, Unset):
            ctx = self.ctx.to_dict()

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update(
            {
                "loc": loc,
                "msg": msg,
                "type": type_,
            }
        )
        if input_ is not UNSET:
            fields_["input"] = input_
        if ctx is not UNSET:
            fields_["ctx"] = ctx

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            _loc = data_["loc"]
            if not isinstance(_loc, list):
                raise TypeError(f"expected a list, got {type(_loc).__name__}")
            loc = []
            for loc_item_index_, loc_item_data in enumerate(_loc):
                try:
                    _loc_item = loc_item_data
                    loc_item: int | str
                    if isinstance(_loc_item, (str, int)) and not isinstance(_loc_item, bool):
                        loc_item = _loc_item
                    else:
                        raise TypeError(f"expected int | str, got {type(_loc_item).__name__}")

                except Exception as error_:
                    raise FieldError.at(loc_item_index_, _loc, error_) from None
                loc.append(loc_item)

        except Exception as error_:
            raise FieldError.at("loc", data_, error_) from None
        try:
            msg = data_["msg"]
            if not isinstance(msg, str):
                raise TypeError(f"expected str, got {type(msg).__name__}")
        except Exception as error_:
            raise FieldError.at("msg", data_, error_) from None
        try:
            type_ = data_["type"]
            if not isinstance(type_, str):
                raise TypeError(f"expected str, got {type(type_).__name__}")
        except Exception as error_:
            raise FieldError.at("type", data_, error_) from None
        input_ = data_.get("input", UNSET)
        try:
            _ctx = data_.get("ctx", UNSET)
            ctx: ValidationErrorCtx | Unset
            if isinstance(_ctx, Unset):
                ctx = UNSET
            else:
                ctx = ValidationErrorCtx.from_dict(_ctx)

        except Exception as error_:
            raise FieldError.at("ctx", data_, error_) from None
        instance_ = cls_(
            loc=loc,
            msg=msg,
            type_=type_,
            input_=input_,
            ctx=ctx,
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
from ..models.validation_error_ctx import ValidationErrorCtx  # noqa: E402
