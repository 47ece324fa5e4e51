"""Spec rewrites that keep openapi-python-client 0.29.1 from dropping endpoints, responses or models.

Every pass is a function `pass(spec) -> None` that edits the (already copied) spec in place, names the generator
limitation it works around, and is generic: it keys on the shape of a schema or on a clash of generated names,
never on a particular schema or operation, so the same passes run on our own specs and on a vendor's (on a spec
the generator already handles they change nothing). `PASSES` is the order they run in:

    inline_parameter_aliases          a parameter that is only a $ref to another one -> that parameter
    deduplicate_operation_ids         two operations that would write one module -> distinct operationIds
    resolve_schema_aliases            {allOf: [{$ref: X}]} aliases (and clashing {$ref: X} ones) -> X
    rename_colliding_schemas          `project` and `Project` (one class name) -> `Project2` and `Project`
    hoist_nullable_models             a nullable named model -> a plain model, `Model | None` where it is used
    drop_unconstrained_allof_members  allOf members that constrain nothing ({description}, {}) -> removed
    fill_missing_media_schemas        a media type without a schema -> the schema its media type implies
    name_models_by_key                a component `title` that renames its class (and clashes) -> removed
    complete_array_items              an array type without `items` (3.1 `type: [array, number]`) -> items: {}
    keep_ids_as_strings               `format: uuid` -> a plain string (ids stay `str`, as the service sent them)
    drop_structured_defaults          an object or array `default` the generator cannot express -> removed
    nullable_enums_in_allof           an enum that another allOf member makes nullable -> a nullable enum
    nullable_inline_enums             `nullable: true` on an inline enum (or on a $ref to one) -> a nullable enum
    distinct_parameter_names          parameters whose Python names coincide -> the first kept, a warning
    distinct_property_names           properties whose attribute names coincide -> later ones untyped, a warning
    inline_single_allof_members       allOf: [one inline schema] -> that schema

A pass may return notes (what it could not keep typed, or dropped); the pipeline prints them as warnings.

Names are settled first (aliases, then clashes), so the later passes see every reference under its final name.
`content_type_overrides` is not a pass: it derives generator config (binary responses of unknown media types).
"""

from __future__ import annotations

import builtins
import copy
import keyword
import re
from collections.abc import Callable, Iterator
from typing import Any

from runbridge.errors import SpecError

Pass = Callable[[dict[str, Any]], list[str] | None]

_SCHEMAS = "#/components/schemas/"
_HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_PARAMETERS = "#/components/parameters/"
# Keys whose value is one schema / a list of schemas / a mapping of name -> schema (JSON Schema vocabulary).
_SCHEMA_KEYS = ("items", "additionalProperties", "not")
_SCHEMA_LIST_KEYS = ("allOf", "anyOf", "oneOf")
_SCHEMA_MAP_KEYS = ("properties",)
# Media types openapi-python-client 0.29.1 can parse a response of.
_KNOWN_MEDIA = frozenset({"application/json", "application/octet-stream", "text/*"})
# Keywords that describe a value without constraining it.
_ANNOTATIONS = frozenset(
    {"description", "title", "example", "examples", "deprecated", "readOnly", "writeOnly", "externalDocs", "xml"}
)


def inline_parameter_aliases(spec: dict[str, Any]) -> None:
    """Replace a `components/parameters` entry that is only a `$ref` to another parameter by that parameter.

    Works around: the generator rejects such aliases ("Reference parameters are not supported"), reporting a
    failure for each one even when no operation uses it, and drops every operation that does ("Reference
    `/components/parameters/X` not found").
    """
    parameters = (spec.get("components") or {}).get("parameters") or {}
    for name in list(parameters):
        seen = {name}
        target = parameters[name]
        while isinstance(target, dict) and set(target) == {"$ref"} and target["$ref"].startswith(_PARAMETERS):
            referenced = _unescape(target["$ref"][len(_PARAMETERS) :])
            if referenced in seen or referenced not in parameters:
                break  # a cycle or a dangling alias: leave it for the generator to report
            seen.add(referenced)
            target = parameters[referenced]
        if target is not parameters[name] and "$ref" not in target:
            parameters[name] = _copy(target)


def hoist_nullable_models(spec: dict[str, Any]) -> None:
    """Move `nullable` from a named object or enum schema to the places that reference it.

    Works around: the generator turns a nullable named model into a union whose object branch is parsed before
    the models it refers to exist, so the model, every model that refers to it ("Invalid property in union",
    "Could not find reference in parsed models or enums", "Cannot take allOf a non-object") and every endpoint
    that uses any of them are dropped; a nullable named enum silently loses its `null`. After the rewrite the
    schema is a plain model or enum, and each property, array item or map value that referred to it says
    `anyOf: [{$ref}, {type: null}]`, which the generator types as `Model | None`. References inside `allOf`
    (composition), and a request or response body's own schema, are left as they were.
    """
    schemas = (spec.get("components") or {}).get("schemas") or {}
    nullable = {name for name, schema in schemas.items() if _is_nullable_named_class(schema)}
    if not nullable:
        return
    # An alias (`Y: {$ref: X}`) of a nullable model is the same class, so it is nullable too.
    changed = True
    while changed:
        changed = False
        for name, schema in schemas.items():
            if name not in nullable and _ref_name(schema) in nullable and len(schema) == 1:
                nullable.add(name)
                changed = True
    for name in nullable:
        _drop_null(schemas[name])
    for schema in _all_schemas(spec):
        _wrap_references(schema, nullable)


def _is_nullable_named_class(schema: Any) -> bool:
    """A nullable schema the generator would turn into a class of its own (an attrs model or an enum)."""
    if not isinstance(schema, dict) or "$ref" in schema:
        return False
    types = schema.get("type")
    null_type = isinstance(types, list) and "null" in types
    if not (schema.get("nullable") is True or null_type):
        return False
    if "anyOf" in schema or "oneOf" in schema:
        return False  # unions already carry their null branch
    concrete = [t for t in types if t != "null"] if isinstance(types, list) else [types]
    if "enum" in schema:
        return None not in schema["enum"]
    return concrete in (["object"], [None]) and ("properties" in schema or "allOf" in schema or "object" in concrete)


def _drop_null(schema: dict[str, Any]) -> None:
    schema.pop("nullable", None)
    types = schema.get("type")
    if isinstance(types, list):
        rest = [t for t in types if t != "null"]
        if len(rest) == 1:
            schema["type"] = rest[0]
        elif rest:
            schema["type"] = rest
        else:
            del schema["type"]


def _wrap_references(schema: dict[str, Any], nullable: set[str]) -> None:
    """Make every non-composition reference below `schema` to a member of `nullable` accept null."""
    for key in _SCHEMA_KEYS:
        value = schema.get(key)
        if isinstance(value, dict):
            schema[key] = _nullable_reference(value, nullable)
    for key in ("anyOf", "oneOf"):
        members = schema.get(key)
        if isinstance(members, list) and any(_ref_name(member) in nullable for member in members):
            schema[key] = [_strip_ref(member) if _ref_name(member) in nullable else member for member in members]
            if not any(isinstance(member, dict) and member.get("type") == "null" for member in members):
                schema[key].append({"type": "null"})
    for key in _SCHEMA_MAP_KEYS:
        value = schema.get(key)
        if isinstance(value, dict):
            for name, member in list(value.items()):
                if isinstance(member, dict):
                    value[name] = _nullable_reference(member, nullable)


def _nullable_reference(schema: dict[str, Any], nullable: set[str]) -> dict[str, Any]:
    if _ref_name(schema) not in nullable:
        return schema
    siblings = {key: value for key, value in schema.items() if key != "$ref"}
    return {**siblings, "anyOf": [{"$ref": schema["$ref"]}, {"type": "null"}]}


def _strip_ref(schema: dict[str, Any]) -> dict[str, Any]:
    return {"$ref": schema["$ref"]}


def resolve_schema_aliases(spec: dict[str, Any]) -> None:
    """Point references at an alias schema to the schema it names, and drop the alias where that is needed.

    Two shapes of alias are rewritten:

    * `Alias: {allOf: [{$ref: Target}]}` (plus annotations only). The generator reuses Target's class for it but
      processes Target's properties a second time, so an inline model inside Target is defined twice ("Attempted
      to generate duplicate models") and Target, the alias and everything using them are dropped. Replacing the
      alias by Target changes no generated name, since the alias never had a class of its own.
    * `Alias: {$ref: Target}` whose class name clashes with another schema's (`supersetRules` and
      `SupersetRules` both become `SupersetRules`). A plain `$ref` alias otherwise gets a class of its own, so
      it is only replaced when the clash would drop it.
    """
    schemas = _component_schemas(spec)
    taken = _class_name_counts(schemas)
    replaced: dict[str, str] = {}
    for name, schema in schemas.items():
        target = _alias_target(schema)
        if target is None or target == name or target not in schemas:
            continue
        if "allOf" in schema or taken[_module_name(name)] > 1:
            replaced[name] = target
            taken[_module_name(name)] -= 1
    if not replaced:
        return
    # Follow chains (A -> B -> C) to the end, stopping on a cycle.
    final: dict[str, str] = {}
    for name in replaced:
        seen, target = {name}, replaced[name]
        while target in replaced and target not in seen:
            seen.add(target)
            target = replaced[target]
        if target not in seen:
            final[name] = target
    for name in final:
        del schemas[name]
    _rewrite_schema_refs(spec, final)


def rename_colliding_schemas(spec: dict[str, Any]) -> None:
    """Rename component schemas whose generated class or module name another schema already takes.

    Works around: the generator derives one class name per schema (`project` and `Project` both become
    `Project`, module `project.py`), keeps the first and drops the other with "Attempted to generate duplicate
    models", then every model and endpoint that references it. The schema whose name already is its class name
    keeps it; each other one becomes `<ClassName><n>` (the smallest free n from 2), and every reference follows.
    """
    schemas = _component_schemas(spec)
    groups: dict[str, list[str]] = {}
    for name in schemas:
        groups.setdefault(_module_name(name), []).append(name)
    used = set(groups)
    renamed: dict[str, str] = {}
    for names in groups.values():
        if len(names) < 2:
            continue
        keeper = next((name for name in names if name == _class_name(name)), names[0])
        for name in names:
            if name == keeper:
                continue
            number = 2
            while _module_name(f"{_class_name(name)}{number}") in used or f"{_class_name(name)}{number}" in schemas:
                number += 1
            new_name = f"{_class_name(name)}{number}"
            used.add(_module_name(new_name))
            renamed[name] = new_name
    if not renamed:
        return
    spec["components"]["schemas"] = {renamed.get(name, name): schema for name, schema in schemas.items()}
    _rewrite_schema_refs(spec, renamed)


def deduplicate_operation_ids(spec: dict[str, Any]) -> None:
    """Give operations whose generated module names coincide within one tag distinct `operationId`s.

    Works around: the generator writes each operation to `api/<first tag>/<snake_case operationId>.py`, so
    `get_projects` and a deprecated `getProjects` under the same tag silently overwrite each other and one
    endpoint disappears without a warning. The first non-deprecated operation (in document order) keeps its
    id; each other one gets `<id>_deprecated` when it is deprecated, else `<id>_<n>` (the smallest free n from 2).
    """
    groups: dict[tuple[str, str], list[dict[str, Any]]] = {}
    taken: set[tuple[str, str]] = set()
    for operation in _operations(spec):
        operation_id = operation.get("operationId")
        if not isinstance(operation_id, str) or not operation_id:
            continue
        key = (_tag_module(operation), _identifier(operation_id))
        groups.setdefault(key, []).append(operation)
        taken.add(key)
    for (tag, _), operations in groups.items():
        if len(operations) < 2:
            continue
        keeper = next((op for op in operations if not op.get("deprecated")), operations[0])
        for operation in operations:
            if operation is keeper:
                continue
            base = str(operation["operationId"])
            candidates = [f"{base}_deprecated"] if operation.get("deprecated") else []
            candidates += [f"{base}_{number}" for number in range(2, len(operations) + len(taken) + 2)]
            new_id = next(name for name in candidates if (tag, _identifier(name)) not in taken)
            taken.add((tag, _identifier(new_id)))
            operation["operationId"] = new_id


def _operations(spec: dict[str, Any]) -> Iterator[dict[str, Any]]:
    for item in (spec.get("paths") or {}).values():
        if not isinstance(item, dict):
            continue
        for method in _HTTP_METHODS:
            operation = item.get(method)
            if isinstance(operation, dict):
                yield operation


def _tag_module(operation: dict[str, Any]) -> str:
    tags = operation.get("tags")
    return _identifier(str(tags[0])) if isinstance(tags, list) and tags else "default"


def fill_missing_media_schemas(spec: dict[str, Any]) -> None:
    """Give a request or response media type that has no `schema` the schema its media type implies.

    Works around: the generator reads a media type without a schema as "no body" and the operation returns
    None for it, without a warning (a `text/csv` report download, an `application/octet-stream` log file). OpenAPI
    says an absent schema allows any content, so: `text/*` becomes a string, JSON any JSON value, and everything
    else raw bytes (`{type: string, format: binary}`).
    """
    components = spec.get("components") or {}
    holders: list[Any] = list((components.get("responses") or {}).values())
    holders += list((components.get("requestBodies") or {}).values())
    for operation in _operations(spec):
        holders.append(operation.get("requestBody"))
        holders.extend((operation.get("responses") or {}).values())
    for holder in holders:
        if not isinstance(holder, dict) or not isinstance(holder.get("content"), dict):
            continue
        for media, content in holder["content"].items():
            if isinstance(content, dict) and "schema" not in content:
                content["schema"] = _implied_schema(str(media))


def _implied_schema(media: str) -> dict[str, Any]:
    kind = _media_kind(media)
    if kind == "text/*":
        return {"type": "string"}
    if kind == "application/json" or kind.endswith("+json"):
        return {}
    return {"type": "string", "format": "binary"}


def drop_unconstrained_allof_members(spec: dict[str, Any]) -> None:
    """Remove `allOf` members that constrain nothing: `{description: ...}`, `{}`, or a `$ref` to an empty schema.

    Works around: the generator treats every `allOf` as a model composition, so `allOf: [{$ref: AnEnum},
    {description: ...}]` (an annotated enum) and `allOf: [{$ref: Model}, {$ref: AnythingGoes}]` fail with "Cannot
    take allOf a non-object" and drop the model and its endpoints. An unconstrained member adds nothing to the
    intersection; its annotations move to the parent where the parent has none of its own. An annotated
    single reference then takes the generator's pass-through path (`allOf: [{$ref}]`).
    """
    schemas = _component_schemas(spec)
    for schema in _all_schemas(spec):
        members = schema.get("allOf")
        if not isinstance(members, list):
            continue
        kept = []
        for member in members:
            resolved = _resolve(member, schemas)
            if isinstance(resolved, dict) and _is_unconstrained(resolved):
                if "$ref" not in member:
                    for key, value in member.items():
                        schema.setdefault(key, value)
                continue
            kept.append(member)
        if len(kept) == len(members):
            continue
        if kept:
            schema["allOf"] = kept
        else:
            del schema["allOf"]


def name_models_by_key(spec: dict[str, Any]) -> None:
    """Drop a component schema's `title` where it would name the class differently from the schema's key.

    Works around: the generator names a component model or enum after its `title` when it has one, so schemas
    with one title under different keys (FastAPI's `X-Input` and `X-Output`, both titled `X`) fail with
    "Attempted to generate duplicate models" and drop every endpoint that uses them. The key is unique in the
    document, so naming by key (and `rename_colliding_schemas` for keys that differ only in spelling) cannot clash.
    """
    for name, schema in _component_schemas(spec).items():
        title = schema.get("title") if isinstance(schema, dict) else None
        if isinstance(title, str) and _class_name(title) != _class_name(name):
            del schema["title"]


def complete_array_items(spec: dict[str, Any]) -> None:
    """Give an array schema without `items` the schema that allows any item (`items: {}`).

    Works around: the generator cannot build a list property without an item schema, so `type: array` alone, or a
    3.1 type array such as `type: [array, number]`, drops the model and the responses that use it. JSON Schema
    says that a missing `items` allows any item, which `items: {}` spells out.
    """
    for schema in _all_schemas(spec):
        types = schema.get("type")
        is_array = types == "array" or (isinstance(types, list) and "array" in types)
        if is_array and "items" not in schema and "prefixItems" not in schema:
            schema["items"] = {}


def keep_ids_as_strings(spec: dict[str, Any]) -> None:
    """Read `format: uuid` strings as plain `str`.

    A choice, not a workaround: an id is an opaque string to a client, and a service that sends an id that is
    not a canonical UUID (Run:ai sends numeric strings for some) must not make the whole response fail. Values
    are passed through as sent; date-time and date strings still become `datetime` objects, and a value that is
    not one raises `APIResponseValidationError` naming its field path.
    """
    for schema in _all_schemas(spec):
        if schema.get("format") == "uuid":
            del schema["format"]
    for holder in _parameters(spec):
        parameter_schema = holder.get("schema")
        if isinstance(parameter_schema, dict) and parameter_schema.get("format") == "uuid":
            del parameter_schema["format"]


def drop_structured_defaults(spec: dict[str, Any]) -> None:
    """Remove `default` values that are objects or arrays.

    Works around: the generator accepts only scalar defaults; `default: {eq_: false}` on a model (or a nullable
    model) fails with "Value ... is not valid, only None is allowed" and drops the model. A default is the
    server's to apply: a client that leaves the field unset gets it all the same.
    """
    for schema in _all_schemas(spec):
        if isinstance(schema.get("default"), dict | list):
            del schema["default"]


def nullable_enums_in_allof(spec: dict[str, Any]) -> None:
    """Settle a property that two `allOf` members declare in ways the generator cannot intersect.

    Works around: the generator intersects the declarations and fails ("can't combine enum of type str with
    None | str", dropping the model and its endpoints) or keeps the first (a base's `parent` object where the
    request's `parent` is a string id: no value fits the model). The `allOf` is merged into one object schema
    (the generator merges it into one class anyway) whose property is a nullable enum (`anyOf: [<the enum>,
    {type: null}]`) where one member declares the enum and another makes it nullable, and the later
    declaration where they declare different JSON types.
    """
    schemas = _component_schemas(spec)
    for schema in _all_schemas(spec):
        members = schema.get("allOf")
        if not isinstance(members, list) or len(members) < 2:
            continue
        declared: dict[str, list[Any]] = {}
        for member in members:
            resolved = _resolve(member, schemas)
            if isinstance(resolved, dict) and "allOf" in resolved:
                resolved = _flattened(resolved, schemas)
            for name, value in ((resolved or {}).get("properties") or {}).items() if isinstance(resolved, dict) else ():
                declared.setdefault(name, []).append(value)
        conflicts = {}
        for name, values in declared.items():
            kinds = {_json_type(_resolve(value, schemas), schemas) for value in values} - {None}
            if len(kinds) > 1:
                # `parent` an object in the base and a string id in the request: the later declaration is
                # the one the spec means (no value is both), as in every generated SDK that overrides.
                conflicts[name] = _copy(values[-1])
                continue
            enum = next((value for value in values if _is_enum(_resolve(value, schemas))), None)
            if enum is not None and any(_is_nullable_plain(value) for value in values):
                enum_schema = _copy(enum) if "$ref" in enum else _without_null(enum)
                merged: dict[str, Any] = {"anyOf": [enum_schema, {"type": "null"}]}
                description = next(
                    (v["description"] for v in values if isinstance(v, dict) and "description" in v), None
                )
                if description is not None:
                    merged["description"] = description
                conflicts[name] = merged
        if not conflicts:
            continue
        flat = _flattened(schema, schemas)
        flat["properties"].update(conflicts)
        del schema["allOf"]
        for key, value in flat.items():
            schema[key] = value


def nullable_inline_enums(spec: dict[str, Any]) -> None:
    """Turn an inline enum marked `nullable: true` (or a `$ref` to an enum with `nullable: true` beside it) into
    the nullable enum `nullable_enums_in_allof` writes: `anyOf: [<the enum>, {type: null}]`.

    Works around: the generator ignores `nullable` on an enum, so a `null` the service sends (Twilio's
    `request_method: null`) fails to parse. Named enums are settled by `hoist_nullable_models`.
    """
    schemas = _component_schemas(spec)
    components = {id(schema) for schema in schemas.values()}
    for schema in _all_schemas(spec):
        if id(schema) in components or schema.get("nullable") is not True:
            continue
        if "$ref" in schema:
            if not _is_enum(_resolve(schema, schemas)):
                continue
            enum_schema: dict[str, Any] = {"$ref": schema["$ref"]}
        elif _is_enum(schema) and None not in schema["enum"]:
            enum_schema = _without_null(schema)
            enum_schema.pop("description", None)
        else:
            continue
        description = schema.get("description")
        schema.clear()
        schema["anyOf"] = [enum_schema, {"type": "null"}]
        if description is not None:
            schema["description"] = description


def _flattened(schema: Any, schemas: dict[str, Any]) -> dict[str, Any]:
    """An inline copy of an object schema, with its own allOf members merged in (properties and required)."""
    result: dict[str, Any] = {"type": "object", "properties": {}}
    required: list[str] = []
    parts = [_resolve(member, schemas) for member in schema.get("allOf") or []]
    parts.append({key: value for key, value in schema.items() if key != "allOf"})
    for part in parts:
        if not isinstance(part, dict):
            continue
        if "allOf" in part:
            part = _flattened(part, schemas)
        result["properties"].update(_copy(part.get("properties") or {}))
        required += [name for name in part.get("required") or [] if name not in required]
        if "additionalProperties" in part:
            result["additionalProperties"] = _copy(part["additionalProperties"])
    if required:
        result["required"] = required
    return result


def _json_type(schema: Any, schemas: dict[str, Any]) -> str | None:
    """The one JSON type a declaration allows ("object", "string", ...), or None when it is not that plain."""
    if not isinstance(schema, dict):
        return None
    if "allOf" in schema and isinstance(schema["allOf"], list) and len(schema["allOf"]) == 1 and "type" not in schema:
        return _json_type(_resolve(schema["allOf"][0], schemas), schemas)
    types = schema.get("type")
    if isinstance(types, list):
        concrete = [kind for kind in types if kind != "null"]
        types = concrete[0] if len(concrete) == 1 else None
    if types is None and "properties" in schema:
        return "object"
    return types if isinstance(types, str) else None


def _is_enum(schema: Any) -> bool:
    return isinstance(schema, dict) and isinstance(schema.get("enum"), list)


def _is_nullable_plain(schema: Any) -> bool:
    """A declaration that only says "this may be null" (no enum of its own)."""
    if not isinstance(schema, dict) or "enum" in schema or "$ref" in schema:
        return False
    types = schema.get("type")
    return schema.get("nullable") is True or (isinstance(types, list) and "null" in types)


def _without_null(schema: dict[str, Any]) -> dict[str, Any]:
    result: dict[str, Any] = _copy(schema)
    _drop_null(result)
    if isinstance(result.get("enum"), list):
        result["enum"] = [value for value in result["enum"] if value is not None]
    return result


# The attribute every generated model keeps its undeclared keys in.
_MODEL_INTERNALS = frozenset({"additional_properties"})


def inline_single_allof_members(spec: dict[str, Any]) -> None:
    """Merge an `allOf` of one inline schema (no `$ref`) into the schema that holds it.

    Works around: the generator reads every `allOf` as a model composition, so `parent: {allOf: [{type: string}]}`
    becomes a model and a string value fails to parse. An `allOf` of one schema is that schema.
    """
    for schema in _all_schemas(spec):
        members = schema.get("allOf")
        if not (isinstance(members, list) and len(members) == 1 and isinstance(members[0], dict)):
            continue
        member = members[0]
        if "$ref" in member or any(key in schema and schema[key] != value for key, value in member.items()):
            continue
        del schema["allOf"]
        schema.update(member)


def distinct_property_names(spec: dict[str, Any]) -> list[str]:
    """Keep the first of an object's properties whose Python attribute names coincide; the others stay untyped.

    Works around: the generator names each property's attribute after it (`fooBar` and `foo_bar` are both
    `foo_bar`; `additionalProperties` is `additional_properties`, the attribute that holds undeclared keys), so
    two properties overwrite one attribute and the model's `from_dict` fails on any input. The later property is
    removed from the schema's declared properties: its value arrives with the other undeclared keys
    (`model["foo_bar"]`, typed Any), and a warning says so.
    """
    notes = []
    for schema in _all_schemas(spec):
        properties = schema.get("properties")
        if not isinstance(properties, dict):
            continue
        taken = set(_MODEL_INTERNALS)
        for name in list(properties):
            attribute = _identifier(name)
            if attribute not in taken:
                taken.add(attribute)
                continue
            del properties[name]
            if isinstance(schema.get("required"), list) and name in schema["required"]:
                schema["required"] = [item for item in schema["required"] if item != name]
            if schema.get("additionalProperties") is False:
                schema["additionalProperties"] = True
            where = f" of {schema['title']!r}" if isinstance(schema.get("title"), str) else ""
            notes.append(
                f"property {name!r}{where} is kept untyped (model[{name!r}]): its Python name {attribute!r} is taken"
            )
    return notes


def distinct_parameter_names(spec: dict[str, Any]) -> list[str]:
    """Keep only the first of an operation's parameters whose generated Python names coincide.

    Works around: the generator refuses an operation with two parameters that become one Python identifier
    ("Parameters with same Python identifier StartTime detected": Twilio's `StartTime`, `StartTime<` and
    `StartTime>`) and drops the whole operation. The operation is kept with the first of them; the others cannot
    be passed, which is reported as a warning rather than losing the operation.
    """
    notes = []
    components = spec.get("components") or {}
    parameters = components.get("parameters") or {}
    for path, item in (spec.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        shared = [p for p in item.get("parameters") or [] if isinstance(p, dict)]
        for method in _HTTP_METHODS:
            operation = item.get(method)
            if not isinstance(operation, dict):
                continue
            own = [p for p in operation.get("parameters") or [] if isinstance(p, dict)]
            # Operation parameters override path-level ones with the same name and location.
            seen: dict[str, str] = {}
            kept = []
            overridden = {_parameter_key(p, parameters) for p in own}
            candidates = own + [p for p in shared if _parameter_key(p, parameters) not in overridden]
            for parameter in candidates:
                resolved = _resolve_parameter(parameter, parameters)
                name = str(resolved.get("name", ""))
                identifier = _identifier(name)
                if identifier in seen and seen[identifier] != name:
                    notes.append(
                        f"{method.upper()} {path}: parameter {name!r} ({resolved.get('in')}) cannot be passed: "
                        f"its Python name {identifier!r} is taken by {seen[identifier]!r}"
                    )
                    continue
                seen.setdefault(identifier, name)
                kept.append(parameter)
            if len(kept) != len(candidates):
                operation["parameters"] = kept
    return notes


def _resolve_parameter(parameter: dict[str, Any], parameters: dict[str, Any]) -> dict[str, Any]:
    ref = parameter.get("$ref")
    if isinstance(ref, str) and ref.startswith(_PARAMETERS):
        target = parameters.get(_unescape(ref[len(_PARAMETERS) :]))
        return dict(target) if isinstance(target, dict) else {}
    return parameter


def _parameter_key(parameter: dict[str, Any], parameters: dict[str, Any]) -> tuple[str, str]:
    resolved = _resolve_parameter(parameter, parameters)
    return (str(resolved.get("name")), str(resolved.get("in")))


def _parameters(spec: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """Every parameter object, in paths and in components."""
    for item in (spec.get("paths") or {}).values():
        if not isinstance(item, dict):
            continue
        yield from (p for p in item.get("parameters") or [] if isinstance(p, dict))
        for method in _HTTP_METHODS:
            operation = item.get(method)
            if isinstance(operation, dict):
                yield from (p for p in operation.get("parameters") or [] if isinstance(p, dict))
    yield from (p for p in ((spec.get("components") or {}).get("parameters") or {}).values() if isinstance(p, dict))


def content_type_overrides(spec: dict[str, Any]) -> dict[str, str]:
    """Generator `content_type_overrides` that keep binary responses of unfamiliar media types.

    Works around: the generator parses only JSON, `text/*` and `application/octet-stream` responses and omits the
    rest ("Unsupported content_type application/x-tar, response will be omitted"). A response whose schema is
    `{type: string, format: binary}` is raw bytes whatever its media type, so it is read as octet-stream. The
    override is global in the generator (it would also change the Content-Type a request body is sent with), so a
    media type that any request body uses is left alone.
    """
    responses: set[str] = set()
    requests: set[str] = set()
    components = spec.get("components") or {}

    def collect(holder: Any, into: set[str], *, binary_only: bool) -> None:
        if not isinstance(holder, dict):
            return
        for media, content in (holder.get("content") or {}).items():
            schema = _resolve((content or {}).get("schema"), _component_schemas(spec))
            if not binary_only or (isinstance(schema, dict) and schema.get("format") == "binary"):
                into.add(str(media))

    def response_of(value: Any) -> Any:
        name = value.get("$ref", "").rsplit("/", 1)[-1] if isinstance(value, dict) else ""
        return (components.get("responses") or {}).get(_unescape(name), value) if name else value

    for item in (spec.get("paths") or {}).values():
        for operation in (item or {}).values() if isinstance(item, dict) else ():
            if not isinstance(operation, dict):
                continue
            body = operation.get("requestBody")
            if isinstance(body, dict) and "$ref" in body:
                body = (components.get("requestBodies") or {}).get(_unescape(body["$ref"].rsplit("/", 1)[-1]))
            collect(body, requests, binary_only=False)
            for response in (operation.get("responses") or {}).values():
                collect(response_of(response), responses, binary_only=True)
    return {
        media: "application/octet-stream"
        for media in sorted(responses - requests)
        if _media_kind(media) not in _KNOWN_MEDIA and not _media_kind(media).endswith("+json")
    }


def _media_kind(media: str) -> str:
    kind = media.split(";", 1)[0].strip().lower()
    return "text/*" if kind.startswith("text/") else kind


def _is_unconstrained(schema: dict[str, Any]) -> bool:
    """True for a schema that only annotates: any value validates against it."""
    return all(key in _ANNOTATIONS or key.startswith("x-") for key in schema)


def _resolve(schema: Any, schemas: dict[str, Any]) -> Any:
    seen: set[str] = set()
    while (name := _ref_name(schema)) is not None and name not in seen:
        seen.add(name)
        schema = schemas.get(name)
    return schema


def _alias_target(schema: Any) -> str | None:
    """The schema an alias names: `{$ref: X}` or `{allOf: [{$ref: X}]}`, with nothing else but annotations."""
    if not isinstance(schema, dict):
        return None
    if "allOf" in schema:
        members = schema["allOf"]
        if not (isinstance(members, list) and len(members) == 1) or _ref_name(members[0]) is None:
            return None
        if set(members[0]) != {"$ref"}:
            return None
        rest = {key: value for key, value in schema.items() if key != "allOf"}
        return _ref_name(members[0]) if _is_unconstrained(rest) else None
    if set(schema) == {"$ref"}:
        return _ref_name(schema)
    return None


def _rewrite_schema_refs(document: Any, renamed: dict[str, str]) -> None:
    """Point every `$ref` (and discriminator mapping) to a key of `renamed` at its new name."""
    old_refs = {_SCHEMAS + _escape(old): _SCHEMAS + _escape(new) for old, new in renamed.items()}
    stack = [document]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref in old_refs:
                node["$ref"] = old_refs[ref]
            mapping = (node.get("discriminator") or {}).get("mapping") if "discriminator" in node else None
            if isinstance(mapping, dict):
                for key, value in mapping.items():
                    if isinstance(value, str) and value in old_refs:
                        mapping[key] = old_refs[value]
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)


def _component_schemas(spec: dict[str, Any]) -> dict[str, Any]:
    components = spec.get("components")
    if not isinstance(components, dict) or not isinstance(components.get("schemas"), dict):
        return {}
    schemas: dict[str, Any] = components["schemas"]
    return schemas


def _class_name_counts(schemas: dict[str, Any]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for name in schemas:
        counts[_module_name(name)] = counts.get(_module_name(name), 0) + 1
    return counts


# The generator's naming (openapi_python_client 0.29.1 `strings.pascal_case` / `snake_case` /
# `fix_reserved_words`), mirrored so that clashes can be found before it runs; a unit test pins the two together.
_DELIMITERS = ". _-"
_RESERVED = (set(dir(builtins)) | {"self", "true", "false", "datetime"}) - {"id"}


def _sanitize(value: str) -> str:
    return "".join(c for c in value if c.isidentifier() or c.isdecimal() or c in _DELIMITERS)


def _words(value: str) -> list[str]:
    value = _sanitize(value)
    if any(c.isupper() for c in value):
        value = " ".join(re.split("([A-Z]?[a-z]+)", value))
    return re.findall(rf"[^{re.escape(_DELIMITERS)}]+", value)


def _class_name(name: str) -> str:
    """The Python class name the generator gives a component schema called `name`."""
    pascal = "".join(word if word.isupper() else word.capitalize() for word in _words(name))
    if pascal in _RESERVED or keyword.iskeyword(pascal):
        pascal += "_"
    if not pascal.isidentifier():
        pascal = "".join(word if word.isupper() else word.capitalize() for word in _words(f"field_{pascal}"))
    return pascal


def class_and_module(name: str) -> tuple[str, str]:
    """The class name and module name the generator gives the component schema called `name`."""
    return _class_name(name), _module_name(name)


def _module_name(name: str) -> str:
    """The module (file) name of that class; two schemas with one module name overwrite each other."""
    return _identifier(_class_name(name))


def _identifier(name: str) -> str:
    """The snake_case identifier the generator makes of `name` (module and function names)."""
    leading_underscore = _sanitize(name).startswith("_")
    snake = "_".join(_words(name)).lower()
    if snake in _RESERVED or keyword.iskeyword(snake):
        snake += "_"
    return f"field_{snake}" if leading_underscore or not snake.isidentifier() else snake


def _ref_name(schema: Any) -> str | None:
    if isinstance(schema, dict) and isinstance(schema.get("$ref"), str) and schema["$ref"].startswith(_SCHEMAS):
        return _unescape(schema["$ref"][len(_SCHEMAS) :])
    return None


def _all_schemas(spec: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """Every schema object in the document, each once, parents before children."""
    roots: list[Any] = list(((spec.get("components") or {}).get("schemas") or {}).values())
    roots += _body_schemas(spec)
    stack = list(reversed(roots))
    seen: set[int] = set()
    while stack:
        schema = stack.pop()
        if not isinstance(schema, dict) or id(schema) in seen:
            continue
        seen.add(id(schema))
        yield schema
        children: list[Any] = []
        for key in _SCHEMA_KEYS:
            children.append(schema.get(key))
        for key in _SCHEMA_LIST_KEYS:
            children.extend(schema.get(key) or [])
        for key in _SCHEMA_MAP_KEYS:
            children.extend((schema.get(key) or {}).values())
        stack.extend(reversed(children))


def _body_schemas(spec: dict[str, Any]) -> list[Any]:
    """The schemas of request bodies, responses and parameters, in paths and components."""
    found: list[Any] = []
    components = spec.get("components") or {}

    def media(holder: Any) -> None:
        if isinstance(holder, dict):
            for content in (holder.get("content") or {}).values():
                if isinstance(content, dict) and "schema" in content:
                    found.append(content["schema"])

    def parameter(holder: Any) -> None:
        if isinstance(holder, dict):
            if "schema" in holder:
                found.append(holder["schema"])
            media(holder)

    for item in (spec.get("paths") or {}).values():
        if not isinstance(item, dict):
            continue
        for value in item.get("parameters") or []:
            parameter(value)
        for operation in item.values():
            if not isinstance(operation, dict):
                continue
            for value in operation.get("parameters") or []:
                parameter(value)
            media(operation.get("requestBody"))
            for response in (operation.get("responses") or {}).values():
                media(response)
    for value in (components.get("parameters") or {}).values():
        parameter(value)
    for value in (components.get("requestBodies") or {}).values():
        media(value)
    for value in (components.get("responses") or {}).values():
        media(value)
    return found


def _unescape(pointer_part: str) -> str:
    return pointer_part.replace("~1", "/").replace("~0", "~")


def _escape(name: str) -> str:
    return name.replace("~", "~0").replace("/", "~1")


def _copy(value: Any) -> Any:
    return copy.deepcopy(value)


def normalize(spec: dict[str, Any], *, spec_name: str = "spec") -> list[str]:
    """Run every pass of `PASSES` over `spec` in place and return their notes; a failing pass names itself."""
    notes: list[str] = []
    for rewrite in PASSES:
        try:
            notes += rewrite(spec) or []
        except (AttributeError, KeyError, IndexError, TypeError, ValueError) as exc:
            detail = f"{type(exc).__name__}: {exc}"
            raise SpecError(f"{spec_name}: normalisation pass {rewrite.__name__} failed: {detail}") from exc
    return notes


PASSES: list[Pass] = [
    inline_parameter_aliases,
    distinct_parameter_names,
    distinct_property_names,
    deduplicate_operation_ids,
    resolve_schema_aliases,
    rename_colliding_schemas,
    # Before the hoist: a component that is `allOf: [{nullable: true, ...}]` (once its unconstrained members are
    # gone) is a nullable model, and the hoist must see it as one.
    drop_unconstrained_allof_members,
    inline_single_allof_members,
    hoist_nullable_models,
    name_models_by_key,
    complete_array_items,
    keep_ids_as_strings,
    drop_structured_defaults,
    nullable_enums_in_allof,
    nullable_inline_enums,
    fill_missing_media_schemas,
]
