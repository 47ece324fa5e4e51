"""An in-memory Run:ai control plane (the subset in openapi/runai.yaml) for tests, demos and offline work.

Tokens: `POST /api/v1/token` (JSON, `grantType` client_credentials or app_token), `POST /api/v2/token` (OAuth2
form) and the legacy `POST /v1/k8s/auth/oauth/apptoken` issue HS256 JWTs that live `settings.token_ttl`
seconds; every other route answers 401 to a missing, forged or expired token. The built-in client is
`SANDBOX_CLIENT_ID` / `SANDBOX_CLIENT_SECRET`; applications created through `POST /api/v1/apps` get working
credentials too.

Resources are kept in memory with the vendor's shapes (the templates below were built from the schemas' own
examples; tests/unit/test_sandbox_spec.py holds each to its schema and to its generated model): projects,
departments, clusters, nodes, node pools, workloads (trainings, workspaces, inferences, distributed),
applications, users, access rules, roles and workload assets. List routes understand
`filterBy` (`field==value`, `!=`, `=@` contains, `!@`, `=^` starts with, `=$` ends with, `<`, `>`, `<=`, `>=`;
a clause that cannot be read is ignored), `sortBy`/`sortOrder`, `offset`/`limit` and `search`.
`app.state.stats["token_requests"]` counts issued tokens, so tests can prove a refresh happened exactly once.
"""

from __future__ import annotations

import copy
import itertools
import re
import threading
import uuid
from collections.abc import Awaitable, Callable, Iterable
from typing import Any
from urllib.parse import parse_qs

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from runbridge.sandbox import tokens
from runbridge.sandbox._http import ABSENT, BodyError, iso_time, read_json
from runbridge.sandbox.settings import SandboxSettings

__all__ = ["SANDBOX_CLIENT_ID", "SANDBOX_CLIENT_SECRET", "create_app"]

SANDBOX_CLIENT_ID = "runbridge-sandbox"
SANDBOX_CLIENT_SECRET = "sandbox-secret"  # noqa: S105 - a well-known credential of a local test server
CLUSTER_UUID = "71f69d83-ba66-4822-adf5-55ce55efd210"
TENANT_ID = 1001

Handler = Callable[[Request], Awaitable[Response]]

# The metadata block every workload asset carries (its `kind` is set when one is created).
_ASSET_META: dict[str, Any] = {
    "name": "my-asset",
    "description": "description of my asset.",
    "scope": "system",
    "clusterId": "71f69d83-ba66-4822-adf5-55ce55efd210",
    "id": "00000000-0000-4000-8000-000000000001",
    "kind": "compute",
    "createdBy": "example",
    "createdAt": "2026-01-01T00:00:00Z",
    "updatedBy": "example",
    "updatedAt": "2026-01-01T00:00:00Z",
    "updateCount": 12345,
}
_ACCESS_RULE: dict[str, Any] = {
    "subjectId": "user@run.ai",
    "subjectType": "user",
    "roleId": 53142648,
    "scopeId": "a418ed33-9399-48c0-a890-122cadd13bfd",
    "scopeType": "system",
    "clusterId": "71f69d83-ba66-4822-adf5-55ce55efd210",
    "roleName": "admin",
    "scopeName": "tenant-x",
    "id": 32,
    "createdAt": "2026-01-01T00:00:00Z",
    "updatedAt": "2026-01-01T00:00:00Z",
    "tenantId": 1001,
    "createdBy": "user@run.ai",
}
_AUDIT_FIELDS = frozenset({"createdAt", "updatedAt", "createdBy"})


def _asset(spec: dict[str, Any]) -> dict[str, Any]:
    return {"meta": _ASSET_META, "spec": spec}  # _template deep-copies, so the block is never shared


_TEMPLATES: dict[str, Any] = {
    "legacy_project": {
        "name": "team-a",
        "namespace": "ns-proj1",
        "id": 5,
        "departmentId": 2,
        "tenantId": 2,
        "clusterUuid": "71f69d83-ba66-4822-adf5-55ce55efd210",
        "departmentName": "department-a",
        "interactiveNodeAffinity": "none",
        "trainNodeAffinity": "none",
        "createdAt": "2021-12-14T16:04:15.099Z",
        "phase": "Ready",
        "deservedGpus": 3,
        "maxAllowedGpus": 5,
        "gpuOverQuotaWeight": 1,
        "interactiveJobTimeLimitSecs": 3600,
        "interactiveJobMaxIdleDurationSecs": 3000,
        "interactivePreemptibleJobMaxIdleDurationSecs": 3000,
        "trainingJobTimeLimitSecs": 3600,
        "trainingJobMaxIdleDurationSecs": 3000,
    },
    "legacy_department": {
        "tenantId": 42,
        "clusterUuid": "71f69d83-ba66-4822-adf5-55ce55efd210",
        "createdAt": "2021-12-14T16:04:15.099Z",
        "id": 2,
        "projectsDeservedGpus": "3.00",
        "name": "default",
        "deservedGpus": 2,
        "allowOverQuota": False,
        "maxAllowedGpus": 2,
    },
    "project": {
        "description": "example",
        "id": "example",
        "name": "organization1",
        "clusterId": "71f69d83-ba66-4822-adf5-55ce55efd210",
        "parentId": "53a9228e-a722-420d-a102-9dc90da2efca",
        "requestedNamespace": "runai-proj1",
        "enforceRunaiScheduler": False,
        "status": {"namespace": "runai-proj1", "phase": "Creating", "phaseMessage": "Project is ready"},
        "totalResources": {},
        "createdAt": "2026-01-01T00:00:00Z",
        "updatedAt": "2026-01-01T00:00:00Z",
        "effective": {},
        "resources": [],
    },
    "department_item": {
        "name": "organization1",
        "clusterId": "71f69d83-ba66-4822-adf5-55ce55efd210",
        "id": "example",
        "createdAt": "2026-01-01T00:00:00Z",
        "updatedAt": "2026-01-01T00:00:00Z",
        "totalResources": {},
        "resources": [],
        "children": [],
    },
    "department": {
        "description": "example",
        "name": "organization1",
        "clusterId": "71f69d83-ba66-4822-adf5-55ce55efd210",
        "id": "example",
        "createdAt": "2026-01-01T00:00:00Z",
        "updatedAt": "2026-01-01T00:00:00Z",
        "totalResources": {},
        "resources": [],
        "children": [],
    },
    "cluster": {
        "uuid": "00000000-0000-4000-8000-000000000001",
        "tenantId": 1001,
        "name": "example",
        "createdAt": "2026-01-01T00:00:00Z",
    },
    "node": {
        "status": "Ready",
        "nodePool": "node-pool-1",
        "createdAt": "2026-01-01T00:00:00Z",
        "nvLinkDomainUid": "nvlink-domain-uid",
        "nvLinkCliqueId": "clique-id",
        "name": "worker-node-1",
        "clusterUuid": "71f69d83-ba66-4822-adf5-55ce55efd210",
        "updatedAt": "2026-01-01T00:00:00Z",
    },
    "nodepool": {
        "name": "v100",
        "labelKey": "node-type",
        "labelValue": "type-x",
        "clusterId": "d73a738f-fab3-430a-8fa3-5241493d7128",
        "overProvisioningRatio": 1,
        "gpuNetworkAccelerationDetection": "Use",
        "networkTopologyName": "default-topology",
        "networkTopologyId": "123e4567-e89b-12d3-a456-426614174000",
        "phase": "Creating",
        "phaseMessage": "all nodes are down",
        "id": "example",
        "tenantId": 1,
        "clusterName": "prod-cluster",
        "createdBy": "user@lab.com",
        "createdAt": "2026-01-01T00:00:00Z",
        "updatedBy": "user@lab.com",
        "updatedAt": "2026-01-01T00:00:00Z",
        "isDefault": False,
    },
    "legacy_nodepool": {
        "name": "node-pool-a",
        "overProvisioningRatio": 1,
        "labelKey": "node-type",
        "labelValue": "type-x",
        "id": 5,
        "clusterId": "71f69d83-ba66-4822-adf5-55ce55efd210",
        "createdAt": "2021-12-14T16:04:15.099Z",
        "updatedAt": "2021-12-14T16:04:15.099Z",
        "status": "Creating",
        "statusMessage": "all nodes are down",
        "nodes": "example",
        "createdBy": "user@run.ai",
        "updatedBy": "user@run.ai",
        "isDefault": False,
    },
    # A workload in a list and a workload read by id share these fields.
    "workload": {
        "tenantId": 1001,
        "runningPods": 1,
        "phaseUpdatedAt": "2022-06-08T11:28:24.131Z",
        "deletedAt": None,
        "completedAt": None,
        "k8sPhaseUpdatedAt": "2022-06-08T11:28:24.131Z",
        "updatedAt": "2022-06-08T11:28:24.131Z",
        "source": "CLI",
        "type": "runai-job",
        "name": "very-important-job",
        "id": "00000000-0000-4000-8000-000000000001",
        "priority": 50,
        "priorityClassName": "high-priority",
        "submittedBy": "researcher@run.ai",
        "clusterId": "71f69d83-ba66-4822-adf5-55ce55efd210",
        "projectName": "proj-1",
        "projectId": "1",
        "departmentName": "department-1",
        "departmentId": "1",
        "namespace": "runai-proj-1",
        "createdAt": "2022-01-01T03:49:52.531Z",
        "phase": "Creating",
        "conditions": [],
        "phaseMessage": "Not enough resources in the requested nodepool",
        "k8sPhase": "Pending",
        "distributedFramework": "Pytorch",
        "command": "sleep",
        "arguments": "1000",
        "idleGpus": 3,
        "idleAllocatedGpus": 1,
        "totalPendingTimeSeconds": 60,
        "totalRunningTimeSeconds": 60,
        "category": "Train",
        "guaranteedRuntimeEndsAt": "2025-08-01T03:49:52.531Z",
        "sourceApi": "WorkloadsV2",
    },
    # What creating a training, workspace, inference or distributed workload answers (one shape in the spec).
    "submitted_workload": {
        "name": "my-workload-name",
        "requestedName": "example",
        "workloadId": "00000000-0000-4000-8000-000000000001",
        "projectId": "example",
        "departmentId": "example",
        "clusterId": "71f69d83-ba66-4822-adf5-55ce55efd210",
        "createdBy": "test@lab.com",
        "createdAt": "2022-01-01T03:49:52.531Z",
        "desiredPhase": "Running",
        "actualPhase": "Creating",
    },
    "application": {
        "name": "example",
        "createdBy": "example",
        "createdAt": "2026-01-01T00:00:00Z",
        "updatedAt": "2026-01-01T00:00:00Z",
        "enabled": False,
        "lastLogin": "2026-01-01T00:00:00Z",
        "id": "example",
        "clientId": "example",
    },
    "application_created": {"id": "example", "name": "example", "secret": "example"},
    "user": {
        "id": "example",
        "username": "example",
        "createdBy": "example",
        "createdAt": "2026-01-01T00:00:00Z",
        "updatedAt": "2026-01-01T00:00:00Z",
        "lastLogin": "2026-01-01T00:00:00Z",
        "isLocal": False,
    },
    "user_created": {"id": "example", "username": "example", "tempPassword": "example"},
    "access_rule": _ACCESS_RULE,
    "access_rule_by_id": {**_ACCESS_RULE, "scopePath": "runai/production-cluster/dep-42/prj-73"},
    "role": {
        "id": 32,
        "createdAt": "2026-01-01T00:00:00Z",
        "updatedAt": "2026-01-01T00:00:00Z",
        "createdBy": "user@run.ai",
        "custom": False,
        "effectiveEnabled": False,
        "permissions": [],
        "name": "admin",
        "description": "can manage all resources",
    },
    # What `GET /api/v1/authorization/me/access-rules` shows of a rule: no audit fields.
    "me_access_rule": {key: value for key, value in _ACCESS_RULE.items() if key not in _AUDIT_FIELDS},
    "compute": _asset(
        {
            "cpuCoreLimit": 2,
            "cpuCoreRequest": 0.5,
            "cpuMemoryLimit": "30M",
            "cpuMemoryRequest": "20M",
            "gpuDevicesRequest": 1,
            "gpuMemoryLimit": "10M",
            "gpuMemoryRequest": "10M",
            "gpuPortionLimit": 0.5,
            "gpuPortionRequest": 0.5,
            "gpuRequestType": "portion",
            "largeShmRequest": False,
        }
    ),
    "environment": _asset(
        {
            "args": "-x my-script.py",
            "command": "python",
            "runAsGid": 30,
            "runAsUid": 500,
            "supplementalGroups": "2,3,5,8",
            "allowPrivilegeEscalation": False,
            "hostIpc": False,
            "hostNetwork": False,
            "image": "python:3.8",
            "imagePullPolicy": "Always",
            "readOnlyRootFilesystem": False,
            "runAsNonRoot": False,
            "seccompProfileType": "RuntimeDefault",
            "uidGidSource": "fromTheImage",
            "workingDir": "/home/myfolder",
        }
    ),
    "pvc": _asset({"path": "/container/my-claim", "claimName": "my-claim", "ephemeral": False, "dataSharing": False}),
    "s3": _asset({"bucket": "my-bucket", "path": "/container/my-bucket", "url": "https://s3.amazonaws.com"}),
    "git": _asset(
        {
            "repository": "https://github.com/my-git/my-repo",
            "branch": "main",
            "path": "/container/my-repository",
        }
    ),
    "access_key": _asset({"keyId": 1}),
    "credential": _asset({}),
    "resources": {"gpu": {"deserved": 1000, "limit": 0, "overQuotaWeight": 2}, "priority": "Normal"},
}


_FILTER = re.compile(r"^(?P<field>[A-Za-z0-9_.]+)(?P<op>==|!=|<=|>=|=@|!@|=\^|=\$|<|>)(?P<value>.*)$")
_ASSET_KINDS = {
    "compute": "compute",
    "environment": "environment",
    "pvc": "pvc",
    "s3": "s3",
    "git": "git",
    "access_key": "accessKey",
}
_WORKLOAD_TYPES = {
    "training": "Training",
    "workspace": "Workspace",
    "inference": "Inference",
    "distributed": "Distributed",
}


def _error(status: int, message: str) -> JSONResponse:
    return JSONResponse({"code": status, "message": message}, status_code=status)


def _accepted() -> JSONResponse:
    return JSONResponse({"code": 202, "message": "Request has been accepted."}, status_code=202)


def _template(kind: str, **fields: Any) -> dict[str, Any]:
    item: dict[str, Any] = copy.deepcopy(_TEMPLATES[kind])
    item.update(fields)
    return item


def _matches(item: dict[str, Any], clause: str) -> bool:
    match = _FILTER.match(clause)
    if match is None:
        return True  # an unreadable clause is ignored rather than failing the whole list
    value: Any = item
    for part in match["field"].split("."):
        value = value.get(part) if isinstance(value, dict) else None
    actual, wanted, op = "" if value is None else str(value), match["value"], match["op"]
    if op == "==":
        return actual == wanted
    if op == "!=":
        return actual != wanted
    if op == "=@":
        return wanted.lower() in actual.lower()
    if op == "!@":
        return wanted.lower() not in actual.lower()
    if op == "=^":
        return actual.startswith(wanted)
    if op == "=$":
        return actual.endswith(wanted)
    try:
        left, right = float(actual), float(wanted)
    except ValueError:
        left, right = actual, wanted  # type: ignore[assignment]
    return {"<": left < right, ">": left > right, "<=": left <= right, ">=": left >= right}[op]


def _filters(request: Request) -> list[str]:
    clauses: list[str] = []
    for raw in request.query_params.getlist("filterBy"):
        clauses.extend(part for part in raw.split(",") if part)
    return clauses


def _int(request: Request, name: str, default: int) -> int:
    try:
        return int(request.query_params.get(name, default))
    except ValueError:
        return default


def _select(request: Request, items: Iterable[dict[str, Any]], *, name_key: str = "name") -> list[dict[str, Any]]:
    """filterBy, search, sortBy and sortOrder applied to `items` (paging is the caller's)."""
    clauses = _filters(request)
    search = (request.query_params.get("search") or "").lower()
    selected = [
        item
        for item in items
        if all(_matches(item, clause) for clause in clauses)
        and (not search or search in str(_name_of(item, name_key)).lower())
    ]
    sort_by = request.query_params.get("sortBy")
    if sort_by:
        selected.sort(key=lambda item: (item.get(sort_by) is None, str(item.get(sort_by) or "")))
    if request.query_params.get("sortOrder") == "desc":
        selected.reverse()
    return selected


def _name_of(item: dict[str, Any], name_key: str) -> Any:
    meta = item.get("meta")
    return meta.get("name") if name_key == "meta" and isinstance(meta, dict) else item.get(name_key)


def _page(request: Request, items: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], int | None]:
    offset = max(_int(request, "offset", 0), 0)
    limit = min(max(_int(request, "limit", 50), 1), 500)
    page = items[offset : offset + limit]
    following = offset + limit if offset + limit < len(items) else None
    return page, following


async def _body(request: Request) -> dict[str, Any] | None:
    """The JSON object sent (an empty body is `{}`); None for anything else."""
    try:
        body = await read_json(request)
    except BodyError:
        return None
    if body is ABSENT:
        return {}
    return body if isinstance(body, dict) else None


class _ControlPlane:
    """The in-memory state and the route handlers that read and change it."""

    def __init__(self, settings: SandboxSettings) -> None:
        self.settings = settings
        self.lock = threading.Lock()
        self.stats = {"token_requests": 0}
        self.clients: dict[str, str] = {SANDBOX_CLIENT_ID: SANDBOX_CLIENT_SECRET}
        self.ids = itertools.count(100)
        self.store: dict[str, dict[str, dict[str, Any]]] = {}
        self._seed()

    # -- seed data --------------------------------------------------------------------------------------------

    def _seed(self) -> None:
        created = "2026-01-05T09:00:00Z"
        self._put("cluster", CLUSTER_UUID, _template("cluster", uuid=CLUSTER_UUID, name="sandbox", tenantId=TENANT_ID))
        department = _template("department", id="1", name="research", clusterId=CLUSTER_UUID, createdAt=created)
        self._put("department", "1", department)
        for index, name in enumerate(("team-a", "team-b", "vision", "nlp"), start=2):
            project = _template(
                "project",
                id=str(index),
                name=name,
                description=f"{name} project",
                clusterId=CLUSTER_UUID,
                parentId="1",
                requestedNamespace=f"runai-{name}",
                createdAt=created,
                updatedAt=created,
            )
            project["status"] = {"namespace": f"runai-{name}", "phase": "Ready", "phaseMessage": "Project is ready"}
            self._put("project", str(index), project)
        for index, pool in enumerate(("default", "a100")):
            nodepool = _template(
                "nodepool", id=str(index + 1), name=pool, clusterId=CLUSTER_UUID, phase="Ready", isDefault=index == 0
            )
            self._put("nodepool", str(index + 1), nodepool)
        for index in range(3):
            name = f"worker-{index + 1}"
            pool = "default" if index < 2 else "a100"
            self._put("node", name, _template("node", name=name, nodePool=pool, clusterUuid=CLUSTER_UUID))
        self._put("role", "1", _template("role", id=1, name="System administrator"))
        self._put("role", "2", _template("role", id=2, name="L1 researcher"))
        self._put("user", "u-1", _template("user", id="u-1"))
        rule = _template("access_rule", id=1, subjectId="admin@sandbox.local", roleId=1, scopeId=CLUSTER_UUID)
        self._put("access_rule", "1", rule)
        for index, project_name in enumerate(("team-a", "vision")):
            body = {"name": f"train-{index + 1}", "projectId": str(2 + index * 2)}
            self._add_workload("training", body, project_name)

    def _put(self, kind: str, key: str, item: dict[str, Any]) -> dict[str, Any]:
        self.store.setdefault(kind, {})[key] = item
        return item

    def items(self, kind: str) -> list[dict[str, Any]]:
        return list(self.store.get(kind, {}).values())

    def get(self, kind: str, key: str) -> dict[str, Any] | None:
        return self.store.get(kind, {}).get(key)

    def next_id(self) -> str:
        return str(next(self.ids))

    def _add_workload(self, kind: str, body: dict[str, Any], project_name: str | None = None) -> dict[str, Any]:
        workload_id = str(uuid.uuid4())
        name = str(body.get("name") or f"{kind}-{workload_id[:8]}")
        project_id = str(body.get("projectId") or "2")
        project = self.get("project", project_id)
        created = iso_time()
        detail = _template(
            "submitted_workload",
            workloadId=workload_id,
            name=name,
            projectId=project_id,
            clusterId=CLUSTER_UUID,
            createdAt=created,
        )
        detail["departmentId"] = "1"
        self._put(kind, workload_id, detail)
        summary = _template(
            "workload",
            id=workload_id,
            name=name,
            type=_WORKLOAD_TYPES[kind],
            projectId=project_id,
            projectName=project_name or (project or {}).get("name", "unknown"),
            clusterId=CLUSTER_UUID,
            createdAt=created,
            phase="Running",
        )
        self._put("workload", workload_id, summary)
        return detail


def create_app(settings: SandboxSettings) -> Starlette:
    """The sandbox control plane as a Starlette app (wrap it with FaultInjection to add faults)."""
    plane = _ControlPlane(settings)
    routes = _token_routes(plane) + _org_routes(plane) + _workload_routes(plane) + _auth_routes(plane)
    routes += _asset_routes(plane)
    app = Starlette(routes=routes)
    app.state.control_plane = plane
    app.state.stats = plane.stats
    return app


# -- tokens ---------------------------------------------------------------------------------------------------------


def _issue(plane: _ControlPlane, subject: str) -> str:
    with plane.lock:
        plane.stats["token_requests"] += 1
    settings = plane.settings
    return tokens.issue(subject, settings.token_ttl, now=settings.clock(), tenant_id=TENANT_ID, iss="runbridge-sandbox")


def _known_client(plane: _ControlPlane, client_id: object, secret: object) -> str | None:
    """The client id when it is registered with exactly this secret."""
    if isinstance(client_id, str) and isinstance(secret, str) and plane.clients.get(client_id) == secret:
        return client_id
    return None


def _token_routes(plane: _ControlPlane) -> list[Route]:
    ttl = int(max(plane.settings.token_ttl, 1))

    async def grant_token(request: Request) -> Response:
        raw = await _body(request)
        if raw is None:
            return _error(400, "the body must be a JSON object")
        # The control plane decodes JSON keys case-insensitively (Go), so runapy's `AppId`/`AppSecret` work.
        body = {str(key).lower(): value for key, value in raw.items()}
        grant = body.get("granttype")
        if grant == "client_credentials":
            client_id, secret = body.get("clientid"), body.get("clientsecret")
        elif grant == "app_token":
            client_id, secret = body.get("appid"), body.get("appsecret")
        else:
            return _error(400, f"grantType {grant!r} is not supported by the sandbox")
        subject = _known_client(plane, client_id, secret)
        if subject is None:
            return _error(400, "invalid client credentials")
        token = _issue(plane, subject)
        return JSONResponse({"accessToken": token, "idToken": token, "expiresIn": ttl})

    async def grant_token_v2(request: Request) -> Response:
        # Parsed by hand: starlette's form parser needs python-multipart, which the sandbox does not depend on.
        form = {key: values[-1] for key, values in parse_qs((await request.body()).decode("latin-1")).items()}
        grant = form.get("grant_type")
        if grant != "client_credentials":
            return JSONResponse(
                {"error": "unsupported_grant_type", "error_description": "the sandbox issues client_credentials"},
                status_code=400,
            )
        client_id, secret = form.get("client_id"), form.get("client_secret")
        subject = _known_client(plane, client_id, secret)
        if subject is None:
            return JSONResponse(
                {"error": "invalid_client", "error_description": "unknown client or wrong secret"}, status_code=401
            )
        token = _issue(plane, subject)
        return JSONResponse({"access_token": token, "token_type": "Bearer", "expires_in": ttl, "id_token": token})

    async def app_token(request: Request) -> Response:
        body = await _body(request)
        if body is None:
            return _error(400, "the body must be a JSON object")
        client_id, secret = body.get("id"), body.get("secret")
        subject = _known_client(plane, client_id, secret)
        if subject is None:
            return _error(400, "invalid application credentials")
        token = _issue(plane, subject)
        return JSONResponse({"access_token": token, "id_token": token})

    return [
        Route("/api/v1/token", grant_token, methods=["POST"]),
        Route("/api/v2/token", grant_token_v2, methods=["POST"]),
        Route("/v1/k8s/auth/oauth/apptoken", app_token, methods=["POST"]),
    ]


def _authed(handler: Handler) -> Handler:
    """Answer 401 unless the request carries a valid, unexpired sandbox token."""

    async def wrapper(request: Request) -> Response:
        if _claims(request) is None:
            return _error(401, "missing, invalid or expired bearer token")
        return await handler(request)

    return wrapper


def _claims(request: Request) -> dict[str, Any] | None:
    """The claims of the request's bearer token, if it is valid now on this control plane's clock."""
    now = request.app.state.control_plane.settings.clock()
    return tokens.bearer(request.headers.get("authorization"), now=now)


def _route(path: str, handler: Handler, method: str) -> Route:
    return Route(path, _authed(handler), methods=[method])


# -- organizations -----------------------------------------------------------------------------------------------


def _count(items: list[dict[str, Any]]) -> JSONResponse:
    return JSONResponse({"count": len(items)})


def _org_routes(plane: _ControlPlane) -> list[Route]:
    def org_unit(kind: str, plural: str, id_param: str, list_kind: str | None = None) -> list[Route]:
        base = f"/api/v1/org-unit/{plural}"

        async def listing(request: Request) -> Response:
            page, following = _page(request, _select(request, plane.items(kind)))
            if list_kind is not None:
                shape = _TEMPLATES[list_kind]
                page = [{key: item[key] for key in shape if key in item} for item in page]
            body: dict[str, Any] = {plural: page}
            if following is not None:
                body["next"] = following
            return JSONResponse(body)

        async def count(request: Request) -> Response:
            return _count(_select(request, plane.items(kind)))

        async def create(request: Request) -> Response:
            body = await _body(request)
            if body is None or not isinstance(body.get("name"), str) or not body["name"]:
                return _error(400, f"a {kind} needs a name")
            if any(item["name"] == body["name"] for item in plane.items(kind)):
                return _error(409, f"{kind} {body['name']!r} already exists")
            now = iso_time()
            item = _template(kind, id=plane.next_id(), name=body["name"], createdAt=now, updatedAt=now)
            item["clusterId"] = CLUSTER_UUID
            if kind == "project":
                item["parentId"] = str(body.get("parentId") or "1")
                item["requestedNamespace"] = f"runai-{body['name']}"
                item["status"] = {"namespace": f"runai-{body['name']}", "phase": "Creating", "phaseMessage": ""}
            if isinstance(body.get("description"), str):
                item["description"] = body["description"]
            return JSONResponse(plane._put(kind, item["id"], item), status_code=201)

        async def read(request: Request) -> Response:
            item = plane.get(kind, request.path_params[id_param])
            return JSONResponse(item) if item is not None else _error(404, f"no {kind} {request.path_params[id_param]}")

        async def update(request: Request) -> Response:
            item = plane.get(kind, request.path_params[id_param])
            if item is None:
                return _error(404, f"no {kind} {request.path_params[id_param]}")
            body = await _body(request)
            if body is None:
                return _error(400, "the body must be a JSON object")
            if isinstance(body.get("description"), str):
                item["description"] = body["description"]
            item["updatedAt"] = iso_time()
            return JSONResponse(item)

        async def delete(request: Request) -> Response:
            if plane.store.get(kind, {}).pop(request.path_params[id_param], None) is None:
                return _error(404, f"no {kind} {request.path_params[id_param]}")
            return Response(status_code=204)

        return [
            _route(base, listing, "GET"),
            _route(base, create, "POST"),
            _route(f"{base}/count", count, "GET"),
            _route(f"{base}/{{{id_param}}}", read, "GET"),
            _route(f"{base}/{{{id_param}}}", update, "PUT"),
            _route(f"{base}/{{{id_param}}}", delete, "DELETE"),
        ]

    async def patch_project_resources(request: Request) -> Response:
        project = plane.get("project", request.path_params["project_id"])
        if project is None:
            return _error(404, f"no project {request.path_params['project_id']}")
        return JSONResponse(project.get("resources") or [])

    async def clusters(request: Request) -> Response:
        return JSONResponse(plane.items("cluster"))

    async def cluster(request: Request) -> Response:
        item = plane.get("cluster", request.path_params["cluster_uuid"])
        return JSONResponse(item) if item is not None else _error(404, "no such cluster")

    async def create_cluster(request: Request) -> Response:
        body = await _body(request)
        if body is None or not isinstance(body.get("name"), str):
            return _error(404, "a cluster needs a name")  # the vendor declares no 400 for this route
        key = str(uuid.uuid4())
        return JSONResponse(
            plane._put("cluster", key, _template("cluster", uuid=key, name=body["name"], tenantId=TENANT_ID)),
            status_code=201,
        )

    async def delete_cluster(request: Request) -> Response:
        plane.store.get("cluster", {}).pop(request.path_params["cluster_uuid"], None)
        return Response(status_code=204)  # deleting an absent cluster is already done

    async def update_cluster(request: Request) -> Response:
        item = plane.get("cluster", request.path_params["cluster_uuid"])
        body = await _body(request)
        if item is None or body is None:
            return _error(400, "no such cluster, or the body is not a JSON object")
        if isinstance(body.get("name"), str):
            item["name"] = body["name"]
        return Response(status_code=204)

    async def nodes(request: Request) -> Response:
        page, _ = _page(request, _select(request, plane.items("node")))
        return JSONResponse({"nodes": page})

    async def count_nodes(request: Request) -> Response:
        return _count(_select(request, plane.items("node")))

    async def cluster_nodes(request: Request) -> Response:
        wanted = request.path_params["cluster_uuid"]
        name = request.query_params.get("nodeName")
        items = [node for node in plane.items("node") if node["clusterUuid"] == wanted]
        items = [node for node in items if name is None or node["name"] == name]
        page, _ = _page(request, _select(request, items))
        return JSONResponse({"nodes": page})

    async def count_cluster_nodes(request: Request) -> Response:
        wanted = request.path_params["cluster_uuid"]
        return _count(_select(request, [node for node in plane.items("node") if node["clusterUuid"] == wanted]))

    async def nodepools(request: Request) -> Response:
        page, _ = _page(request, _select(request, plane.items("nodepool")))
        return JSONResponse({"nodepools": page})

    async def count_nodepools(request: Request) -> Response:
        return _count(_select(request, plane.items("nodepool")))

    async def nodepool(request: Request) -> Response:
        item = plane.get("nodepool", request.path_params["nodepool_id"])
        return JSONResponse(item) if item is not None else _error(404, "no such node pool")

    async def create_nodepool(request: Request) -> Response:
        body = await _body(request)
        if body is None or not isinstance(body.get("name"), str):
            return _error(400, "a node pool needs a name")
        key = plane.next_id()
        item = _template("nodepool", id=key, name=body["name"], clusterId=CLUSTER_UUID, isDefault=False)
        for field in ("labelKey", "labelValue"):
            if isinstance(body.get(field), str):
                item[field] = body[field]
        return JSONResponse(plane._put("nodepool", key, item), status_code=201)

    async def patch_nodepool(request: Request) -> Response:
        item = plane.get("nodepool", request.path_params["nodepool_id"])
        body = await _body(request)
        if item is None:
            return _error(404, "no such node pool")
        if body is None:
            return _error(400, "the body must be a JSON object")
        for field in ("labelKey", "labelValue"):
            if isinstance(body.get(field), str):
                item[field] = body[field]
        item["updatedAt"] = iso_time()
        return JSONResponse(item)

    async def delete_nodepool(request: Request) -> Response:
        if plane.store.get("nodepool", {}).pop(request.path_params["nodepool_id"], None) is None:
            return _error(404, "no such node pool")
        return Response(status_code=204)

    def legacy_project(project: dict[str, Any]) -> dict[str, Any]:
        department = plane.get("department", str(project.get("parentId"))) or {}
        return _template(
            "legacy_project",
            id=int(project["id"]),
            name=project["name"],
            namespace=project.get("requestedNamespace") or f"runai-{project['name']}",
            departmentId=int(department.get("id", 1)),
            departmentName=department.get("name", "research"),
            clusterUuid=project["clusterId"],
            tenantId=TENANT_ID,
        )

    async def legacy_projects(request: Request) -> Response:
        cluster = request.path_params["cluster_id"]
        projects = [p for p in plane.items("project") if p["id"].isdigit() and p["clusterId"] == cluster]
        return JSONResponse([legacy_project(project) for project in projects])

    async def legacy_project_by_id(request: Request) -> Response:
        project = plane.get("project", request.path_params["id"])
        if project is None or project["clusterId"] != request.path_params["cluster_id"] or not project["id"].isdigit():
            return _error(404, "no such project in this cluster")
        return JSONResponse(legacy_project(project))

    async def legacy_departments(request: Request) -> Response:
        cluster = request.path_params["cluster_id"]
        departments = [
            _template(
                "legacy_department", id=int(d["id"]), name=d["name"], clusterUuid=d["clusterId"], tenantId=TENANT_ID
            )
            for d in plane.items("department")
            if d["id"].isdigit() and d["clusterId"] == cluster
        ]
        return JSONResponse(departments)

    async def legacy_nodepools(request: Request) -> Response:
        if plane.get("cluster", request.path_params["cluster_id"]) is None:
            return _error(404, "no such cluster")
        pools = [
            _template("legacy_nodepool", id=int(pool["id"]), name=pool["name"], clusterId=pool["clusterId"])
            for pool in plane.items("nodepool")
            if pool["id"].isdigit()
        ]
        return JSONResponse(pools)

    return [
        *org_unit("project", "projects", "project_id"),
        _route("/api/v1/org-unit/projects/{project_id}/resources", patch_project_resources, "PATCH"),
        *org_unit("department", "departments", "department_id", list_kind="department_item"),
        _route("/api/v1/clusters", clusters, "GET"),
        _route("/api/v1/clusters", create_cluster, "POST"),
        _route("/api/v1/clusters/{cluster_uuid}", cluster, "GET"),
        _route("/api/v1/clusters/{cluster_uuid}", delete_cluster, "DELETE"),
        _route("/api/v1/clusters/{cluster_uuid}", update_cluster, "PUT"),
        _route("/api/v1/clusters/{cluster_uuid}/nodes", cluster_nodes, "GET"),
        _route("/api/v1/clusters/{cluster_uuid}/nodes/count", count_cluster_nodes, "GET"),
        _route("/api/v1/nodes", nodes, "GET"),
        _route("/api/v1/nodes/count", count_nodes, "GET"),
        _route("/api/v1/node-pools", nodepools, "GET"),
        _route("/api/v1/node-pools", create_nodepool, "POST"),
        _route("/api/v1/node-pools/count", count_nodepools, "GET"),
        _route("/api/v1/node-pools/{nodepool_id}", nodepool, "GET"),
        _route("/api/v1/node-pools/{nodepool_id}", patch_nodepool, "PATCH"),
        _route("/api/v1/node-pools/{nodepool_id}", delete_nodepool, "DELETE"),
        _route("/v1/k8s/clusters/{cluster_id}/node-pools", legacy_nodepools, "GET"),
        _route("/v1/k8s/clusters/{cluster_id}/projects", legacy_projects, "GET"),
        _route("/v1/k8s/clusters/{cluster_id}/projects/{id}", legacy_project_by_id, "GET"),
        _route("/v1/k8s/clusters/{cluster_id}/departments", legacy_departments, "GET"),
    ]


# -- workloads -----------------------------------------------------------------------------------------------------


def _workload_routes(plane: _ControlPlane) -> list[Route]:
    async def workloads(request: Request) -> Response:
        items = _select(request, plane.items("workload"))
        if request.query_params.get("deleted") != "true":
            items = [item for item in items if not item.get("deletedAt")]
        page, following = _page(request, items)
        body: dict[str, Any] = {"workloads": page}
        if following is not None:
            body["next"] = following
        return JSONResponse(body)

    async def count_workloads(request: Request) -> Response:
        return _count(_select(request, plane.items("workload")))

    async def workload(request: Request) -> Response:
        item = plane.get("workload", request.path_params["workload_id"])
        if item is None:
            return _error(404, "no such workload")
        detailed = _template("workload")
        detailed.update({key: value for key, value in item.items() if key in detailed})
        return JSONResponse(detailed)

    def typed(kind: str, plural: str, *, suspendable: bool) -> list[Route]:
        base = f"/api/v1/workloads/{plural}"

        async def create(request: Request) -> Response:
            body = await _body(request)
            if body is None or not isinstance(body.get("name"), str) or not body["name"]:
                return _error(400, f"a {kind} needs a name")
            if not isinstance(body.get("projectId"), str):
                return _error(400, f"a {kind} needs a projectId")
            return JSONResponse(plane._add_workload(kind, body), status_code=202)

        async def read(request: Request) -> Response:
            item = plane.get(kind, request.path_params["workload_id"])
            return JSONResponse(item) if item is not None else _error(404, f"no such {kind}")

        async def delete(request: Request) -> Response:
            key = request.path_params["workload_id"]
            if plane.store.get(kind, {}).pop(key, None) is None:
                return _error(404, f"no such {kind}")
            plane.store.get("workload", {}).pop(key, None)
            return _accepted()

        def phase_change(phase: str) -> Handler:
            async def change(request: Request) -> Response:
                key = request.path_params["workload_id"]
                summary = plane.get("workload", key)
                if plane.get(kind, key) is None or summary is None:
                    return _error(404, f"no such {kind}")
                summary["phase"] = phase
                return _accepted()

            return change

        routes = [
            _route(base, create, "POST"),
            _route(f"{base}/{{workload_id}}", read, "GET"),
            _route(f"{base}/{{workload_id}}", delete, "DELETE"),
        ]
        if suspendable:
            routes.append(_route(f"{base}/{{workload_id}}/suspend", phase_change("Stopped"), "POST"))
            routes.append(_route(f"{base}/{{workload_id}}/resume", phase_change("Running"), "POST"))
        return routes

    return [
        _route("/api/v1/workloads", workloads, "GET"),
        _route("/api/v1/workloads/count", count_workloads, "GET"),
        *typed("training", "trainings", suspendable=True),
        *typed("workspace", "workspaces", suspendable=True),
        *typed("inference", "inferences", suspendable=False),
        *typed("distributed", "distributed", suspendable=False),
        _route("/api/v1/workloads/{workload_id}", workload, "GET"),
    ]


# -- authentication and authorization -------------------------------------------------------------------------------


def _auth_routes(plane: _ControlPlane) -> list[Route]:
    async def applications(request: Request) -> Response:
        return JSONResponse(plane.items("application"))

    async def create_application(request: Request) -> Response:
        body = await _body(request)
        if body is None or not isinstance(body.get("name"), str) or not body["name"]:
            return _error(400, "an application needs a name")
        if any(app["name"] == body["name"] for app in plane.items("application")):
            return _error(409, f"application {body['name']!r} already exists")
        key = str(uuid.uuid4())
        secret = uuid.uuid4().hex
        plane.clients[key] = secret
        plane._put("application", key, _template("application", id=key, name=body["name"], clientId=key))
        return JSONResponse({"id": key, "name": body["name"], "secret": secret, "clientId": key}, status_code=201)

    async def application(request: Request) -> Response:
        item = plane.get("application", request.path_params["app_id"])
        return JSONResponse(item) if item is not None else _error(404, "no such application")

    async def delete_application(request: Request) -> Response:
        key = request.path_params["app_id"]
        if plane.store.get("application", {}).pop(key, None) is None:
            return _error(404, "no such application")
        plane.clients.pop(key, None)
        return Response(status_code=204)

    async def users(request: Request) -> Response:
        page, _ = _page(request, _select(request, plane.items("user")))
        return JSONResponse(page)

    async def count_users(request: Request) -> Response:
        return _count(_select(request, plane.items("user")))

    async def create_user(request: Request) -> Response:
        body = await _body(request)
        if body is None or not isinstance(body.get("email"), str):
            return _error(400, "a user needs an email")
        if any(user.get("username") == body["email"] for user in plane.items("user")):
            return _error(409, f"user {body['email']!r} already exists")
        key = str(uuid.uuid4())
        plane._put("user", key, _template("user", id=key, username=body["email"]))
        return JSONResponse(
            {"id": key, "username": body["email"], "tempPassword": uuid.uuid4().hex[:12]}, status_code=201
        )

    async def user(request: Request) -> Response:
        item = plane.get("user", request.path_params["user_id"])
        return JSONResponse(item) if item is not None else _error(404, "no such user")

    async def delete_user(request: Request) -> Response:
        if plane.store.get("user", {}).pop(request.path_params["user_id"], None) is None:
            return _error(404, "no such user")
        return Response(status_code=204)

    async def access_rules(request: Request) -> Response:
        items = _select(request, plane.items("access_rule"))
        page, _ = _page(request, items)
        return JSONResponse({"totalRecords": len(items), "displayRecords": len(page), "accessRules": page})

    async def count_access_rules(request: Request) -> Response:
        return _count(_select(request, plane.items("access_rule")))

    async def create_access_rule(request: Request) -> Response:
        body = await _body(request)
        if body is None or not isinstance(body.get("subjectId"), str) or not isinstance(body.get("roleId"), int):
            return _error(400, "an access rule needs a subjectId and a roleId")
        if plane.get("role", str(body["roleId"])) is None:
            return _error(404, f"no role {body['roleId']}")
        key = int(plane.next_id())
        fields = {
            field: body[field]
            for field in ("subjectId", "subjectType", "roleId", "scopeId", "scopeType")
            if field in body
        }
        rule = _template("access_rule", id=key, **fields)
        rule["createdAt"] = iso_time()
        return JSONResponse(plane._put("access_rule", str(key), rule), status_code=201)

    async def access_rule(request: Request) -> Response:
        item = plane.get("access_rule", request.path_params["access_rule_id"])
        if item is None:
            return _error(404, "no such access rule")
        return JSONResponse(
            _template("access_rule_by_id", **{k: v for k, v in item.items() if k in _TEMPLATES["access_rule_by_id"]})
        )

    async def delete_access_rule(request: Request) -> Response:
        if plane.store.get("access_rule", {}).pop(request.path_params["access_rule_id"], None) is None:
            return _error(404, "no such access rule")
        return Response(status_code=204)

    async def me_access_rules(request: Request) -> Response:
        claims = _claims(request) or {}
        rules = [
            _template("me_access_rule", **{k: v for k, v in rule.items() if k in _TEMPLATES["me_access_rule"]})
            for rule in plane.items("access_rule")
        ]
        for rule in rules:
            rule["subjectId"] = str(claims.get("sub", rule["subjectId"]))
        page, _ = _page(request, rules)
        return JSONResponse(
            {"accessRules": {"totalRecords": len(rules), "displayRecords": len(page), "accessRules": page}}
        )

    async def count_me_access_rules(request: Request) -> Response:
        return _count(plane.items("access_rule"))

    async def roles(request: Request) -> Response:
        return JSONResponse(plane.items("role"))

    async def role(request: Request) -> Response:
        item = plane.get("role", request.path_params["role_id_path"])
        return JSONResponse(item) if item is not None else _error(404, "no such role")

    return [
        _route("/api/v1/apps", applications, "GET"),
        _route("/api/v1/apps", create_application, "POST"),
        _route("/api/v1/apps/{app_id}", application, "GET"),
        _route("/api/v1/apps/{app_id}", delete_application, "DELETE"),
        _route("/api/v1/users", users, "GET"),
        _route("/api/v1/users", create_user, "POST"),
        _route("/api/v1/users/count", count_users, "GET"),
        _route("/api/v1/users/{user_id}", user, "GET"),
        _route("/api/v1/users/{user_id}", delete_user, "DELETE"),
        _route("/api/v1/authorization/access-rules", access_rules, "GET"),
        _route("/api/v1/authorization/access-rules", create_access_rule, "POST"),
        _route("/api/v1/authorization/access-rules/count", count_access_rules, "GET"),
        _route("/api/v1/authorization/access-rules/{access_rule_id}", access_rule, "GET"),
        _route("/api/v1/authorization/access-rules/{access_rule_id}", delete_access_rule, "DELETE"),
        _route("/api/v1/authorization/me/access-rules", me_access_rules, "GET"),
        _route("/api/v1/authorization/me/access-rules/count", count_me_access_rules, "GET"),
        _route("/api/v1/authorization/roles", roles, "GET"),
        _route("/api/v1/authorization/roles/{role_id_path}", role, "GET"),
    ]


# -- workload assets -------------------------------------------------------------------------------------------------


def _asset_routes(plane: _ControlPlane) -> list[Route]:
    def assets(kind: str, path: str) -> list[Route]:
        async def listing(request: Request) -> Response:
            name = request.query_params.get("name")
            items = [item for item in plane.items(kind) if name is None or item["meta"]["name"] == name]
            return JSONResponse({"entries": items})

        async def create(request: Request) -> Response:
            body = await _body(request)
            meta = body.get("meta") if body is not None else None
            if not isinstance(meta, dict) or not isinstance(meta.get("name"), str):
                return _error(400, f"a {kind} asset needs meta.name")
            if any(item["meta"]["name"] == meta["name"] for item in plane.items(kind)):
                return _error(409, f"{kind} asset {meta['name']!r} already exists")
            key = str(uuid.uuid4())
            item = _template(kind)
            now = iso_time()
            item["meta"].update(id=key, name=meta["name"], kind=_ASSET_KINDS[kind], createdAt=now, updatedAt=now)
            if isinstance(meta.get("scope"), str) and meta["scope"] in {
                "system",
                "tenant",
                "cluster",
                "department",
                "project",
            }:
                item["meta"]["scope"] = meta["scope"]
            return JSONResponse(plane._put(kind, key, item), status_code=202)

        async def read(request: Request) -> Response:
            item = plane.get(kind, request.path_params["asset_id"])
            return JSONResponse(item) if item is not None else _error(404, f"no such {kind} asset")

        async def delete(request: Request) -> Response:
            if plane.store.get(kind, {}).pop(request.path_params["asset_id"], None) is None:
                return _error(404, f"no such {kind} asset")
            return _accepted()

        return [
            _route(path, listing, "GET"),
            _route(path, create, "POST"),
            _route(f"{path}/{{asset_id}}", read, "GET"),
            _route(f"{path}/{{asset_id}}", delete, "DELETE"),
        ]

    async def credentials(request: Request) -> Response:
        entries = []
        for item in plane.items("access_key"):
            entry = _template("credential")
            entry["meta"] = copy.deepcopy(item["meta"])
            entries.append(entry)
        return JSONResponse({"entries": entries})

    return [
        *assets("compute", "/api/v1/asset/compute"),
        *assets("environment", "/api/v1/asset/environment"),
        *assets("pvc", "/api/v1/asset/datasource/pvc"),
        *assets("s3", "/api/v1/asset/datasource/s3"),
        *assets("git", "/api/v1/asset/datasource/git"),
        _route("/api/v1/asset/credentials", credentials, "GET"),
        *assets("access_key", "/api/v1/asset/credentials/access-key"),
    ]
