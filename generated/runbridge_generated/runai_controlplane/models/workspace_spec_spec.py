from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as cast_  # under a name no property's attribute can take

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.image_pull_policy import ImagePullPolicy
from ..models.preemptibility import Preemptibility
from ..models.restart_policy import RestartPolicy
from ..types import UNSET, FieldError, Unset
from ..types import checked_scalars as checked_scalars_

T = TypeVar("T", bound="WorkspaceSpecSpec")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(
    (
        "annotations",
        "args",
        "autoDeletionTimeAfterCompletionSeconds",
        "backoffLimit",
        "category",
        "command",
        "compute",
        "createHomeDir",
        "environmentVariables",
        "exposedUrls",
        "image",
        "imagePullPolicy",
        "imagePullSecrets",
        "labels",
        "nodeAffinityRequired",
        "nodePools",
        "nodeType",
        "podAffinity",
        "ports",
        "preemptibility",
        "priorityClass",
        "probes",
        "relatedUrls",
        "restartPolicy",
        "security",
        "stdin",
        "storage",
        "terminateAfterPreemption",
        "terminationGracePeriodSeconds",
        "tolerations",
        "tty",
        "workingDir",
    )
)


@_attrs_define
class WorkspaceSpecSpec:
    """
    Attributes:
        annotations (list[Annotation | None] | Unset):
        args (str | Unset):
        auto_deletion_time_after_completion_seconds (int | Unset):
        backoff_limit (int | Unset):
        category (str | Unset):
        command (str | Unset):
        compute (None | Unset | WorkspaceSpecSpecComputeType0):
        create_home_dir (bool | Unset):
        environment_variables (list[EnvironmentVariable | None] | Unset):
        exposed_urls (list[ExposedUrl | None] | Unset):
        image (str | Unset):
        image_pull_policy (ImagePullPolicy | None | Unset):
        image_pull_secrets (list[ImagePullSecret | None] | Unset):
        labels (list[Label | None] | Unset):
        node_affinity_required (NodeAffinityRequired | None | Unset):
        node_pools (list[str] | Unset):
        node_type (str | Unset):
        pod_affinity (None | PodAffinity | Unset):
        ports (list[None | Port] | Unset):
        preemptibility (None | Preemptibility | Unset):
        priority_class (str | Unset):
        probes (None | Probes | Unset):
        related_urls (list[None | RelatedUrl] | Unset):
        restart_policy (None | RestartPolicy | Unset):
        security (None | Unset | WorkspaceSpecSpecSecurityType0):
        stdin (bool | Unset):
        storage (None | Unset | WorkspaceSpecSpecStorageType0):
        terminate_after_preemption (bool | Unset):
        termination_grace_period_seconds (int | Unset):
        tolerations (list[None | Toleration] | Unset):
        tty (bool | Unset):
        working_dir (str | Unset):
    """

    annotations: list[Annotation | None] | Unset = UNSET
    args: str | Unset = UNSET
    auto_deletion_time_after_completion_seconds: int | Unset = UNSET
    backoff_limit: int | Unset = UNSET
    category: str | Unset = UNSET
    command: str | Unset = UNSET
    compute: None | Unset | WorkspaceSpecSpecComputeType0 = UNSET
    create_home_dir: bool | Unset = UNSET
    environment_variables: list[EnvironmentVariable | None] | Unset = UNSET
    exposed_urls: list[ExposedUrl | None] | Unset = UNSET
    image: str | Unset = UNSET
    image_pull_policy: ImagePullPolicy | None | Unset = UNSET
    image_pull_secrets: list[ImagePullSecret | None] | Unset = UNSET
    labels: list[Label | None] | Unset = UNSET
    node_affinity_required: NodeAffinityRequired | None | Unset = UNSET
    node_pools: list[str] | Unset = UNSET
    node_type: str | Unset = UNSET
    pod_affinity: None | PodAffinity | Unset = UNSET
    ports: list[None | Port] | Unset = UNSET
    preemptibility: None | Preemptibility | Unset = UNSET
    priority_class: str | Unset = UNSET
    probes: None | Probes | Unset = UNSET
    related_urls: list[None | RelatedUrl] | Unset = UNSET
    restart_policy: None | RestartPolicy | Unset = UNSET
    security: None | Unset | WorkspaceSpecSpecSecurityType0 = UNSET
    stdin: bool | Unset = UNSET
    storage: None | Unset | WorkspaceSpecSpecStorageType0 = UNSET
    terminate_after_preemption: bool | Unset = UNSET
    termination_grace_period_seconds: int | Unset = UNSET
    tolerations: list[None | Toleration] | Unset = UNSET
    tty: bool | Unset = UNSET
    working_dir: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        annotations: list[dict[str, Any] | None] | Unset = UNSET
        if not isinstance(self.annotations, Unset):
            annotations = []
            for componentsschemas_annotations_item_data in self.annotations:
                componentsschemas_annotations_item: dict[str, Any] | None
                if isinstance(componentsschemas_annotations_item_data, Annotation):
                    componentsschemas_annotations_item = componentsschemas_annotations_item_data.to_dict()
                else:
                    componentsschemas_annotations_item = componentsschemas_annotations_item_data
                annotations.append(componentsschemas_annotations_item)

        args = self.args

        auto_deletion_time_after_completion_seconds = self.auto_deletion_time_after_completion_seconds

        backoff_limit = self.backoff_limit

        category = self.category

        command = self.command

        compute: dict[str, Any] | None | Unset
        if isinstance(self.compute, Unset):
            compute = UNSET
        elif isinstance(self.compute, WorkspaceSpecSpecComputeType0):
            compute = self.compute.to_dict()
        else:
            compute = self.compute

        create_home_dir = self.create_home_dir

        environment_variables: list[dict[str, Any] | None] | Unset = UNSET
        if not isinstance(self.environment_variables, Unset):
            environment_variables = []
            for componentsschemas_environment_variables_item_data in self.environment_variables:
                componentsschemas_environment_variables_item: dict[str, Any] | None
                if isinstance(componentsschemas_environment_variables_item_data, EnvironmentVariable):
                    componentsschemas_environment_variables_item = (
                        componentsschemas_environment_variables_item_data.to_dict()
                    )
                else:
                    componentsschemas_environment_variables_item = componentsschemas_environment_variables_item_data
                environment_variables.append(componentsschemas_environment_variables_item)

        exposed_urls: list[dict[str, Any] | None] | Unset = UNSET
        if not isinstance(self.exposed_urls, Unset):
            exposed_urls = []
            for componentsschemas_exposed_urls_item_data in self.exposed_urls:
                componentsschemas_exposed_urls_item: dict[str, Any] | None
                if isinstance(componentsschemas_exposed_urls_item_data, ExposedUrl):
                    componentsschemas_exposed_urls_item = componentsschemas_exposed_urls_item_data.to_dict()
                else:
                    componentsschemas_exposed_urls_item = componentsschemas_exposed_urls_item_data
                exposed_urls.append(componentsschemas_exposed_urls_item)

        image = self.image

        image_pull_policy: None | str | Unset
        if isinstance(self.image_pull_policy, Unset):
            image_pull_policy = UNSET
        elif isinstance(self.image_pull_policy, ImagePullPolicy):
            image_pull_policy = self.image_pull_policy.value
        else:
            image_pull_policy = self.image_pull_policy

        image_pull_secrets: list[dict[str, Any] | None] | Unset = UNSET
        if not isinstance(self.image_pull_secrets, Unset):
            image_pull_secrets = []
            for componentsschemas_image_pull_secrets_item_data in self.image_pull_secrets:
                componentsschemas_image_pull_secrets_item: dict[str, Any] | None
                if isinstance(componentsschemas_image_pull_secrets_item_data, ImagePullSecret):
                    componentsschemas_image_pull_secrets_item = componentsschemas_image_pull_secrets_item_data.to_dict()
                else:
                    componentsschemas_image_pull_secrets_item = componentsschemas_image_pull_secrets_item_data
                image_pull_secrets.append(componentsschemas_image_pull_secrets_item)

        labels: list[dict[str, Any] | None] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = []
            for componentsschemas_labels_item_data in self.labels:
                componentsschemas_labels_item: dict[str, Any] | None
                if isinstance(componentsschemas_labels_item_data, Label):
                    componentsschemas_labels_item = componentsschemas_labels_item_data.to_dict()
                else:
                    componentsschemas_labels_item = componentsschemas_labels_item_data
                labels.append(componentsschemas_labels_item)

        node_affinity_required: dict[str, Any] | None | Unset
        if isinstance(self.node_affinity_required, Unset):
            node_affinity_required = UNSET
        elif isinstance(self.node_affinity_required, NodeAffinityRequired):
            node_affinity_required = self.node_affinity_required.to_dict()
        else:
            node_affinity_required = self.node_affinity_required

        node_pools: list[str] | Unset = UNSET
        if not isinstance(self.node_pools, Unset):
            node_pools = self.node_pools

        node_type = self.node_type

        pod_affinity: dict[str, Any] | None | Unset
        if isinstance(self.pod_affinity, Unset):
            pod_affinity = UNSET
        elif isinstance(self.pod_affinity, PodAffinity):
            pod_affinity = self.pod_affinity.to_dict()
        else:
            pod_affinity = self.pod_affinity

        ports: list[dict[str, Any] | None] | Unset = UNSET
        if not isinstance(self.ports, Unset):
            ports = []
            for componentsschemas_ports_item_data in self.ports:
                componentsschemas_ports_item: dict[str, Any] | None
                if isinstance(componentsschemas_ports_item_data, Port):
                    componentsschemas_ports_item = componentsschemas_ports_item_data.to_dict()
                else:
                    componentsschemas_ports_item = componentsschemas_ports_item_data
                ports.append(componentsschemas_ports_item)

        preemptibility: None | str | Unset
        if isinstance(self.preemptibility, Unset):
            preemptibility = UNSET
        elif isinstance(self.preemptibility, Preemptibility):
            preemptibility = self.preemptibility.value
        else:
            preemptibility = self.preemptibility

        priority_class = self.priority_class

        probes: dict[str, Any] | None | Unset
        if isinstance(self.probes, Unset):
            probes = UNSET
        elif isinstance(self.probes, Probes):
            probes = self.probes.to_dict()
        else:
            probes = self.probes

        related_urls: list[dict[str, Any] | None] | Unset = UNSET
        if not isinstance(self.related_urls, Unset):
            related_urls = []
            for componentsschemas_related_urls_item_data in self.related_urls:
                componentsschemas_related_urls_item: dict[str, Any] | None
                if isinstance(componentsschemas_related_urls_item_data, RelatedUrl):
                    componentsschemas_related_urls_item = componentsschemas_related_urls_item_data.to_dict()
                else:
                    componentsschemas_related_urls_item = componentsschemas_related_urls_item_data
                related_urls.append(componentsschemas_related_urls_item)

        restart_policy: None | str | Unset
        if isinstance(self.restart_policy, Unset):
            restart_policy = UNSET
        elif isinstance(self.restart_policy, RestartPolicy):
            restart_policy = self.restart_policy.value
        else:
            restart_policy = self.restart_policy

        security: dict[str, Any] | None | Unset
        if isinstance(self.security, Unset):
            security = UNSET
        elif isinstance(self.security, WorkspaceSpecSpecSecurityType0):
            security = self.security.to_dict()
        else:
            security = self.security

        stdin = self.stdin

        storage: dict[str, Any] | None | Unset
        if isinstance(self.storage, Unset):
            storage = UNSET
        elif isinstance(self.storage, WorkspaceSpecSpecStorageType0):
            storage = self.storage.to_dict()
        else:
            storage = self.storage

        terminate_after_preemption = self.terminate_after_preemption

        termination_grace_period_seconds = self.termination_grace_period_seconds

        tolerations: list[dict[str, Any] | None] | Unset = UNSET
        if not isinstance(self.tolerations, Unset):
            tolerations = []
            for componentsschemas_tolerations_item_data in self.tolerations:
                componentsschemas_tolerations_item: dict[str, Any] | None
                if isinstance(componentsschemas_tolerations_item_data, Toleration):
                    componentsschemas_tolerations_item = componentsschemas_tolerations_item_data.to_dict()
                else:
                    componentsschemas_tolerations_item = componentsschemas_tolerations_item_data
                tolerations.append(componentsschemas_tolerations_item)

        tty = self.tty

        working_dir = self.working_dir

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update({})
        if annotations is not UNSET:
            fields_["annotations"] = annotations
        if args is not UNSET:
            fields_["args"] = args
        if auto_deletion_time_after_completion_seconds is not UNSET:
            fields_["autoDeletionTimeAfterCompletionSeconds"] = auto_deletion_time_after_completion_seconds
        if backoff_limit is not UNSET:
            fields_["backoffLimit"] = backoff_limit
        if category is not UNSET:
            fields_["category"] = category
        if command is not UNSET:
            fields_["command"] = command
        if compute is not UNSET:
            fields_["compute"] = compute
        if create_home_dir is not UNSET:
            fields_["createHomeDir"] = create_home_dir
        if environment_variables is not UNSET:
            fields_["environmentVariables"] = environment_variables
        if exposed_urls is not UNSET:
            fields_["exposedUrls"] = exposed_urls
        if image is not UNSET:
            fields_["image"] = image
        if image_pull_policy is not UNSET:
            fields_["imagePullPolicy"] = image_pull_policy
        if image_pull_secrets is not UNSET:
            fields_["imagePullSecrets"] = image_pull_secrets
        if labels is not UNSET:
            fields_["labels"] = labels
        if node_affinity_required is not UNSET:
            fields_["nodeAffinityRequired"] = node_affinity_required
        if node_pools is not UNSET:
            fields_["nodePools"] = node_pools
        if node_type is not UNSET:
            fields_["nodeType"] = node_type
        if pod_affinity is not UNSET:
            fields_["podAffinity"] = pod_affinity
        if ports is not UNSET:
            fields_["ports"] = ports
        if preemptibility is not UNSET:
            fields_["preemptibility"] = preemptibility
        if priority_class is not UNSET:
            fields_["priorityClass"] = priority_class
        if probes is not UNSET:
            fields_["probes"] = probes
        if related_urls is not UNSET:
            fields_["relatedUrls"] = related_urls
        if restart_policy is not UNSET:
            fields_["restartPolicy"] = restart_policy
        if security is not UNSET:
            fields_["security"] = security
        if stdin is not UNSET:
            fields_["stdin"] = stdin
        if storage is not UNSET:
            fields_["storage"] = storage
        if terminate_after_preemption is not UNSET:
            fields_["terminateAfterPreemption"] = terminate_after_preemption
        if termination_grace_period_seconds is not UNSET:
            fields_["terminationGracePeriodSeconds"] = termination_grace_period_seconds
        if tolerations is not UNSET:
            fields_["tolerations"] = tolerations
        if tty is not UNSET:
            fields_["tty"] = tty
        if working_dir is not UNSET:
            fields_["workingDir"] = working_dir

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            _annotations = data_.get("annotations", UNSET)
            annotations: list[Annotation | None] | Unset = UNSET
            if _annotations is not UNSET:
                if not isinstance(_annotations, list):
                    raise TypeError(f"expected a list, got {type(_annotations).__name__}")
                annotations = []
                for componentsschemas_annotations_item_index_, componentsschemas_annotations_item_data in enumerate(
                    _annotations
                ):
                    try:
                        _componentsschemas_annotations_item = componentsschemas_annotations_item_data
                        componentsschemas_annotations_item: Annotation | None
                        if _componentsschemas_annotations_item is None:
                            componentsschemas_annotations_item = None
                        elif isinstance(_componentsschemas_annotations_item, dict):
                            componentsschemas_annotations_item_type_0 = Annotation.from_dict(
                                _componentsschemas_annotations_item
                            )

                            componentsschemas_annotations_item = componentsschemas_annotations_item_type_0

                        else:
                            raise TypeError(
                                f"expected Annotation | None, got {type(_componentsschemas_annotations_item).__name__}"
                            )

                    except Exception as error_:
                        raise FieldError.at(componentsschemas_annotations_item_index_, _annotations, error_) from None
                    annotations.append(componentsschemas_annotations_item)

        except Exception as error_:
            raise FieldError.at("annotations", data_, error_) from None
        args = data_.get("args", UNSET)
        if (not isinstance(args, str)) and not isinstance(args, Unset):
            raise FieldError.at("args", data_, TypeError(f"expected str, got {type(args).__name__}"))
        auto_deletion_time_after_completion_seconds = data_.get("autoDeletionTimeAfterCompletionSeconds", UNSET)
        if (
            not isinstance(auto_deletion_time_after_completion_seconds, int)
            or auto_deletion_time_after_completion_seconds is True
            or auto_deletion_time_after_completion_seconds is False
        ) and not isinstance(auto_deletion_time_after_completion_seconds, Unset):
            raise FieldError.at(
                "autoDeletionTimeAfterCompletionSeconds",
                data_,
                TypeError(f"expected int, got {type(auto_deletion_time_after_completion_seconds).__name__}"),
            )
        backoff_limit = data_.get("backoffLimit", UNSET)
        if (not isinstance(backoff_limit, int) or backoff_limit is True or backoff_limit is False) and not isinstance(
            backoff_limit, Unset
        ):
            raise FieldError.at("backoffLimit", data_, TypeError(f"expected int, got {type(backoff_limit).__name__}"))
        category = data_.get("category", UNSET)
        if (not isinstance(category, str)) and not isinstance(category, Unset):
            raise FieldError.at("category", data_, TypeError(f"expected str, got {type(category).__name__}"))
        command = data_.get("command", UNSET)
        if (not isinstance(command, str)) and not isinstance(command, Unset):
            raise FieldError.at("command", data_, TypeError(f"expected str, got {type(command).__name__}"))
        try:
            _compute = data_.get("compute", UNSET)
            compute: None | Unset | WorkspaceSpecSpecComputeType0
            if _compute is None:
                compute = None
            elif isinstance(_compute, Unset):
                compute = UNSET
            elif isinstance(_compute, dict):
                compute_type_0 = WorkspaceSpecSpecComputeType0.from_dict(_compute)

                compute = compute_type_0

            else:
                raise TypeError(f"expected None | Unset | WorkspaceSpecSpecComputeType0, got {type(_compute).__name__}")

        except Exception as error_:
            raise FieldError.at("compute", data_, error_) from None
        create_home_dir = data_.get("createHomeDir", UNSET)
        if (not isinstance(create_home_dir, bool)) and not isinstance(create_home_dir, Unset):
            raise FieldError.at(
                "createHomeDir", data_, TypeError(f"expected bool, got {type(create_home_dir).__name__}")
            )
        try:
            _environment_variables = data_.get("environmentVariables", UNSET)
            environment_variables: list[EnvironmentVariable | None] | Unset = UNSET
            if _environment_variables is not UNSET:
                if not isinstance(_environment_variables, list):
                    raise TypeError(f"expected a list, got {type(_environment_variables).__name__}")
                environment_variables = []
                for (
                    componentsschemas_environment_variables_item_index_,
                    componentsschemas_environment_variables_item_data,
                ) in enumerate(_environment_variables):
                    try:
                        _componentsschemas_environment_variables_item = (
                            componentsschemas_environment_variables_item_data
                        )
                        componentsschemas_environment_variables_item: EnvironmentVariable | None
                        if _componentsschemas_environment_variables_item is None:
                            componentsschemas_environment_variables_item = None
                        elif isinstance(_componentsschemas_environment_variables_item, dict):
                            componentsschemas_environment_variables_item_type_0 = EnvironmentVariable.from_dict(
                                _componentsschemas_environment_variables_item
                            )

                            componentsschemas_environment_variables_item = (
                                componentsschemas_environment_variables_item_type_0
                            )

                        else:
                            raise TypeError(
                                f"expected EnvironmentVariable | None, got {type(_componentsschemas_environment_variables_item).__name__}"
                            )

                    except Exception as error_:
                        raise FieldError.at(
                            componentsschemas_environment_variables_item_index_, _environment_variables, error_
                        ) from None
                    environment_variables.append(componentsschemas_environment_variables_item)

        except Exception as error_:
            raise FieldError.at("environmentVariables", data_, error_) from None
        try:
            _exposed_urls = data_.get("exposedUrls", UNSET)
            exposed_urls: list[ExposedUrl | None] | Unset = UNSET
            if _exposed_urls is not UNSET:
                if not isinstance(_exposed_urls, list):
                    raise TypeError(f"expected a list, got {type(_exposed_urls).__name__}")
                exposed_urls = []
                for componentsschemas_exposed_urls_item_index_, componentsschemas_exposed_urls_item_data in enumerate(
                    _exposed_urls
                ):
                    try:
                        _componentsschemas_exposed_urls_item = componentsschemas_exposed_urls_item_data
                        componentsschemas_exposed_urls_item: ExposedUrl | None
                        if _componentsschemas_exposed_urls_item is None:
                            componentsschemas_exposed_urls_item = None
                        elif isinstance(_componentsschemas_exposed_urls_item, dict):
                            componentsschemas_exposed_urls_item_type_0 = ExposedUrl.from_dict(
                                _componentsschemas_exposed_urls_item
                            )

                            componentsschemas_exposed_urls_item = componentsschemas_exposed_urls_item_type_0

                        else:
                            raise TypeError(
                                f"expected ExposedUrl | None, got {type(_componentsschemas_exposed_urls_item).__name__}"
                            )

                    except Exception as error_:
                        raise FieldError.at(componentsschemas_exposed_urls_item_index_, _exposed_urls, error_) from None
                    exposed_urls.append(componentsschemas_exposed_urls_item)

        except Exception as error_:
            raise FieldError.at("exposedUrls", data_, error_) from None
        image = data_.get("image", UNSET)
        if (not isinstance(image, str)) and not isinstance(image, Unset):
            raise FieldError.at("image", data_, TypeError(f"expected str, got {type(image).__name__}"))
        try:
            _image_pull_policy = data_.get("imagePullPolicy", UNSET)
            image_pull_policy: ImagePullPolicy | None | Unset
            if _image_pull_policy is None:
                image_pull_policy = None
            elif isinstance(_image_pull_policy, Unset):
                image_pull_policy = UNSET
            elif isinstance(_image_pull_policy, str):
                image_pull_policy_type_0 = ImagePullPolicy(_image_pull_policy)

                image_pull_policy = image_pull_policy_type_0

            else:
                raise TypeError(f"expected ImagePullPolicy | None | Unset, got {type(_image_pull_policy).__name__}")

        except Exception as error_:
            raise FieldError.at("imagePullPolicy", data_, error_) from None
        try:
            _image_pull_secrets = data_.get("imagePullSecrets", UNSET)
            image_pull_secrets: list[ImagePullSecret | None] | Unset = UNSET
            if _image_pull_secrets is not UNSET:
                if not isinstance(_image_pull_secrets, list):
                    raise TypeError(f"expected a list, got {type(_image_pull_secrets).__name__}")
                image_pull_secrets = []
                for (
                    componentsschemas_image_pull_secrets_item_index_,
                    componentsschemas_image_pull_secrets_item_data,
                ) in enumerate(_image_pull_secrets):
                    try:
                        _componentsschemas_image_pull_secrets_item = componentsschemas_image_pull_secrets_item_data
                        componentsschemas_image_pull_secrets_item: ImagePullSecret | None
                        if _componentsschemas_image_pull_secrets_item is None:
                            componentsschemas_image_pull_secrets_item = None
                        elif isinstance(_componentsschemas_image_pull_secrets_item, dict):
                            componentsschemas_image_pull_secrets_item_type_0 = ImagePullSecret.from_dict(
                                _componentsschemas_image_pull_secrets_item
                            )

                            componentsschemas_image_pull_secrets_item = componentsschemas_image_pull_secrets_item_type_0

                        else:
                            raise TypeError(
                                f"expected ImagePullSecret | None, got {type(_componentsschemas_image_pull_secrets_item).__name__}"
                            )

                    except Exception as error_:
                        raise FieldError.at(
                            componentsschemas_image_pull_secrets_item_index_, _image_pull_secrets, error_
                        ) from None
                    image_pull_secrets.append(componentsschemas_image_pull_secrets_item)

        except Exception as error_:
            raise FieldError.at("imagePullSecrets", data_, error_) from None
        try:
            _labels = data_.get("labels", UNSET)
            labels: list[Label | None] | Unset = UNSET
            if _labels is not UNSET:
                if not isinstance(_labels, list):
                    raise TypeError(f"expected a list, got {type(_labels).__name__}")
                labels = []
                for componentsschemas_labels_item_index_, componentsschemas_labels_item_data in enumerate(_labels):
                    try:
                        _componentsschemas_labels_item = componentsschemas_labels_item_data
                        componentsschemas_labels_item: Label | None
                        if _componentsschemas_labels_item is None:
                            componentsschemas_labels_item = None
                        elif isinstance(_componentsschemas_labels_item, dict):
                            componentsschemas_labels_item_type_0 = Label.from_dict(_componentsschemas_labels_item)

                            componentsschemas_labels_item = componentsschemas_labels_item_type_0

                        else:
                            raise TypeError(
                                f"expected Label | None, got {type(_componentsschemas_labels_item).__name__}"
                            )

                    except Exception as error_:
                        raise FieldError.at(componentsschemas_labels_item_index_, _labels, error_) from None
                    labels.append(componentsschemas_labels_item)

        except Exception as error_:
            raise FieldError.at("labels", data_, error_) from None
        try:
            _node_affinity_required = data_.get("nodeAffinityRequired", UNSET)
            node_affinity_required: NodeAffinityRequired | None | Unset
            if _node_affinity_required is None:
                node_affinity_required = None
            elif isinstance(_node_affinity_required, Unset):
                node_affinity_required = UNSET
            elif isinstance(_node_affinity_required, dict):
                node_affinity_required_type_0 = NodeAffinityRequired.from_dict(_node_affinity_required)

                node_affinity_required = node_affinity_required_type_0

            else:
                raise TypeError(
                    f"expected NodeAffinityRequired | None | Unset, got {type(_node_affinity_required).__name__}"
                )

        except Exception as error_:
            raise FieldError.at("nodeAffinityRequired", data_, error_) from None
        try:
            node_pools = cast_(list[str], checked_scalars_(data_.get("nodePools", UNSET), str))

        except Exception as error_:
            raise FieldError.at("nodePools", data_, error_) from None
        node_type = data_.get("nodeType", UNSET)
        if (not isinstance(node_type, str)) and not isinstance(node_type, Unset):
            raise FieldError.at("nodeType", data_, TypeError(f"expected str, got {type(node_type).__name__}"))
        try:
            _pod_affinity = data_.get("podAffinity", UNSET)
            pod_affinity: None | PodAffinity | Unset
            if _pod_affinity is None:
                pod_affinity = None
            elif isinstance(_pod_affinity, Unset):
                pod_affinity = UNSET
            elif isinstance(_pod_affinity, dict):
                pod_affinity_type_0 = PodAffinity.from_dict(_pod_affinity)

                pod_affinity = pod_affinity_type_0

            else:
                raise TypeError(f"expected None | PodAffinity | Unset, got {type(_pod_affinity).__name__}")

        except Exception as error_:
            raise FieldError.at("podAffinity", data_, error_) from None
        try:
            _ports = data_.get("ports", UNSET)
            ports: list[None | Port] | Unset = UNSET
            if _ports is not UNSET:
                if not isinstance(_ports, list):
                    raise TypeError(f"expected a list, got {type(_ports).__name__}")
                ports = []
                for componentsschemas_ports_item_index_, componentsschemas_ports_item_data in enumerate(_ports):
                    try:
                        _componentsschemas_ports_item = componentsschemas_ports_item_data
                        componentsschemas_ports_item: None | Port
                        if _componentsschemas_ports_item is None:
                            componentsschemas_ports_item = None
                        elif isinstance(_componentsschemas_ports_item, dict):
                            componentsschemas_ports_item_type_0 = Port.from_dict(_componentsschemas_ports_item)

                            componentsschemas_ports_item = componentsschemas_ports_item_type_0

                        else:
                            raise TypeError(f"expected None | Port, got {type(_componentsschemas_ports_item).__name__}")

                    except Exception as error_:
                        raise FieldError.at(componentsschemas_ports_item_index_, _ports, error_) from None
                    ports.append(componentsschemas_ports_item)

        except Exception as error_:
            raise FieldError.at("ports", data_, error_) from None
        try:
            _preemptibility = data_.get("preemptibility", UNSET)
            preemptibility: None | Preemptibility | Unset
            if _preemptibility is None:
                preemptibility = None
            elif isinstance(_preemptibility, Unset):
                preemptibility = UNSET
            elif isinstance(_preemptibility, str):
                preemptibility_type_0 = Preemptibility(_preemptibility)

                preemptibility = preemptibility_type_0

            else:
                raise TypeError(f"expected None | Preemptibility | Unset, got {type(_preemptibility).__name__}")

        except Exception as error_:
            raise FieldError.at("preemptibility", data_, error_) from None
        priority_class = data_.get("priorityClass", UNSET)
        if (not isinstance(priority_class, str)) and not isinstance(priority_class, Unset):
            raise FieldError.at("priorityClass", data_, TypeError(f"expected str, got {type(priority_class).__name__}"))
        try:
            _probes = data_.get("probes", UNSET)
            probes: None | Probes | Unset
            if _probes is None:
                probes = None
            elif isinstance(_probes, Unset):
                probes = UNSET
            elif isinstance(_probes, dict):
                probes_type_0 = Probes.from_dict(_probes)

                probes = probes_type_0

            else:
                raise TypeError(f"expected None | Probes | Unset, got {type(_probes).__name__}")

        except Exception as error_:
            raise FieldError.at("probes", data_, error_) from None
        try:
            _related_urls = data_.get("relatedUrls", UNSET)
            related_urls: list[None | RelatedUrl] | Unset = UNSET
            if _related_urls is not UNSET:
                if not isinstance(_related_urls, list):
                    raise TypeError(f"expected a list, got {type(_related_urls).__name__}")
                related_urls = []
                for componentsschemas_related_urls_item_index_, componentsschemas_related_urls_item_data in enumerate(
                    _related_urls
                ):
                    try:
                        _componentsschemas_related_urls_item = componentsschemas_related_urls_item_data
                        componentsschemas_related_urls_item: None | RelatedUrl
                        if _componentsschemas_related_urls_item is None:
                            componentsschemas_related_urls_item = None
                        elif isinstance(_componentsschemas_related_urls_item, dict):
                            componentsschemas_related_urls_item_type_0 = RelatedUrl.from_dict(
                                _componentsschemas_related_urls_item
                            )

                            componentsschemas_related_urls_item = componentsschemas_related_urls_item_type_0

                        else:
                            raise TypeError(
                                f"expected None | RelatedUrl, got {type(_componentsschemas_related_urls_item).__name__}"
                            )

                    except Exception as error_:
                        raise FieldError.at(componentsschemas_related_urls_item_index_, _related_urls, error_) from None
                    related_urls.append(componentsschemas_related_urls_item)

        except Exception as error_:
            raise FieldError.at("relatedUrls", data_, error_) from None
        try:
            _restart_policy = data_.get("restartPolicy", UNSET)
            restart_policy: None | RestartPolicy | Unset
            if _restart_policy is None:
                restart_policy = None
            elif isinstance(_restart_policy, Unset):
                restart_policy = UNSET
            elif isinstance(_restart_policy, str):
                restart_policy_type_0 = RestartPolicy(_restart_policy)

                restart_policy = restart_policy_type_0

            else:
                raise TypeError(f"expected None | RestartPolicy | Unset, got {type(_restart_policy).__name__}")

        except Exception as error_:
            raise FieldError.at("restartPolicy", data_, error_) from None
        try:
            _security = data_.get("security", UNSET)
            security: None | Unset | WorkspaceSpecSpecSecurityType0
            if _security is None:
                security = None
            elif isinstance(_security, Unset):
                security = UNSET
            elif isinstance(_security, dict):
                security_type_0 = WorkspaceSpecSpecSecurityType0.from_dict(_security)

                security = security_type_0

            else:
                raise TypeError(
                    f"expected None | Unset | WorkspaceSpecSpecSecurityType0, got {type(_security).__name__}"
                )

        except Exception as error_:
            raise FieldError.at("security", data_, error_) from None
        stdin = data_.get("stdin", UNSET)
        if (not isinstance(stdin, bool)) and not isinstance(stdin, Unset):
            raise FieldError.at("stdin", data_, TypeError(f"expected bool, got {type(stdin).__name__}"))
        try:
            _storage = data_.get("storage", UNSET)
            storage: None | Unset | WorkspaceSpecSpecStorageType0
            if _storage is None:
                storage = None
            elif isinstance(_storage, Unset):
                storage = UNSET
            elif isinstance(_storage, dict):
                storage_type_0 = WorkspaceSpecSpecStorageType0.from_dict(_storage)

                storage = storage_type_0

            else:
                raise TypeError(f"expected None | Unset | WorkspaceSpecSpecStorageType0, got {type(_storage).__name__}")

        except Exception as error_:
            raise FieldError.at("storage", data_, error_) from None
        terminate_after_preemption = data_.get("terminateAfterPreemption", UNSET)
        if (not isinstance(terminate_after_preemption, bool)) and not isinstance(terminate_after_preemption, Unset):
            raise FieldError.at(
                "terminateAfterPreemption",
                data_,
                TypeError(f"expected bool, got {type(terminate_after_preemption).__name__}"),
            )
        termination_grace_period_seconds = data_.get("terminationGracePeriodSeconds", UNSET)
        if (
            not isinstance(termination_grace_period_seconds, int)
            or termination_grace_period_seconds is True
            or termination_grace_period_seconds is False
        ) and not isinstance(termination_grace_period_seconds, Unset):
            raise FieldError.at(
                "terminationGracePeriodSeconds",
                data_,
                TypeError(f"expected int, got {type(termination_grace_period_seconds).__name__}"),
            )
        try:
            _tolerations = data_.get("tolerations", UNSET)
            tolerations: list[None | Toleration] | Unset = UNSET
            if _tolerations is not UNSET:
                if not isinstance(_tolerations, list):
                    raise TypeError(f"expected a list, got {type(_tolerations).__name__}")
                tolerations = []
                for componentsschemas_tolerations_item_index_, componentsschemas_tolerations_item_data in enumerate(
                    _tolerations
                ):
                    try:
                        _componentsschemas_tolerations_item = componentsschemas_tolerations_item_data
                        componentsschemas_tolerations_item: None | Toleration
                        if _componentsschemas_tolerations_item is None:
                            componentsschemas_tolerations_item = None
                        elif isinstance(_componentsschemas_tolerations_item, dict):
                            componentsschemas_tolerations_item_type_0 = Toleration.from_dict(
                                _componentsschemas_tolerations_item
                            )

                            componentsschemas_tolerations_item = componentsschemas_tolerations_item_type_0

                        else:
                            raise TypeError(
                                f"expected None | Toleration, got {type(_componentsschemas_tolerations_item).__name__}"
                            )

                    except Exception as error_:
                        raise FieldError.at(componentsschemas_tolerations_item_index_, _tolerations, error_) from None
                    tolerations.append(componentsschemas_tolerations_item)

        except Exception as error_:
            raise FieldError.at("tolerations", data_, error_) from None
        tty = data_.get("tty", UNSET)
        if (not isinstance(tty, bool)) and not isinstance(tty, Unset):
            raise FieldError.at("tty", data_, TypeError(f"expected bool, got {type(tty).__name__}"))
        working_dir = data_.get("workingDir", UNSET)
        if (not isinstance(working_dir, str)) and not isinstance(working_dir, Unset):
            raise FieldError.at("workingDir", data_, TypeError(f"expected str, got {type(working_dir).__name__}"))
        instance_ = cls_(
            annotations=annotations,
            args=args,
            auto_deletion_time_after_completion_seconds=auto_deletion_time_after_completion_seconds,
            backoff_limit=backoff_limit,
            category=category,
            command=command,
            compute=compute,
            create_home_dir=create_home_dir,
            environment_variables=environment_variables,
            exposed_urls=exposed_urls,
            image=image,
            image_pull_policy=image_pull_policy,
            image_pull_secrets=image_pull_secrets,
            labels=labels,
            node_affinity_required=node_affinity_required,
            node_pools=node_pools,
            node_type=node_type,
            pod_affinity=pod_affinity,
            ports=ports,
            preemptibility=preemptibility,
            priority_class=priority_class,
            probes=probes,
            related_urls=related_urls,
            restart_policy=restart_policy,
            security=security,
            stdin=stdin,
            storage=storage,
            terminate_after_preemption=terminate_after_preemption,
            termination_grace_period_seconds=termination_grace_period_seconds,
            tolerations=tolerations,
            tty=tty,
            working_dir=working_dir,
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
from ..models.annotation import Annotation  # noqa: E402
from ..models.environment_variable import EnvironmentVariable  # noqa: E402
from ..models.exposed_url import ExposedUrl  # noqa: E402
from ..models.image_pull_secret import ImagePullSecret  # noqa: E402
from ..models.label import Label  # noqa: E402
from ..models.node_affinity_required import NodeAffinityRequired  # noqa: E402
from ..models.pod_affinity import PodAffinity  # noqa: E402
from ..models.port import Port  # noqa: E402
from ..models.probes import Probes  # noqa: E402
from ..models.related_url import RelatedUrl  # noqa: E402
from ..models.toleration import Toleration  # noqa: E402
from ..models.workspace_spec_spec_compute_type_0 import WorkspaceSpecSpecComputeType0  # noqa: E402
from ..models.workspace_spec_spec_security_type_0 import WorkspaceSpecSpecSecurityType0  # noqa: E402
from ..models.workspace_spec_spec_storage_type_0 import WorkspaceSpecSpecStorageType0  # noqa: E402
