from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.image_pull_policy import ImagePullPolicy
from ..models.preemptibility import Preemptibility
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.annotation import Annotation
    from ..models.auto_scaling import AutoScaling
    from ..models.environment_variable import EnvironmentVariable
    from ..models.exposed_url import ExposedUrl
    from ..models.image_pull_secret import ImagePullSecret
    from ..models.inference_spec_spec_compute_type_0 import InferenceSpecSpecComputeType0
    from ..models.inference_spec_spec_security_type_0 import InferenceSpecSpecSecurityType0
    from ..models.inference_spec_spec_storage_type_0 import InferenceSpecSpecStorageType0
    from ..models.label import Label
    from ..models.node_affinity_required import NodeAffinityRequired
    from ..models.pod_affinity import PodAffinity
    from ..models.port import Port
    from ..models.probes import Probes
    from ..models.related_url import RelatedUrl
    from ..models.serving_configuration import ServingConfiguration
    from ..models.serving_port import ServingPort
    from ..models.toleration import Toleration


T = TypeVar("T", bound="InferenceSpecSpec")


@_attrs_define
class InferenceSpecSpec:
    """
    Attributes:
        autoscaling (AutoScaling | None | Unset):
        serving_configuration (None | ServingConfiguration | Unset):
        annotations (list[Annotation | None] | Unset):
        args (str | Unset):
        category (str | Unset):
        command (str | Unset):
        compute (InferenceSpecSpecComputeType0 | None | Unset):
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
        security (InferenceSpecSpecSecurityType0 | None | Unset):
        serving_port (None | ServingPort | Unset):
        storage (InferenceSpecSpecStorageType0 | None | Unset):
        tolerations (list[None | Toleration] | Unset):
        working_dir (str | Unset):
    """

    autoscaling: AutoScaling | None | Unset = UNSET
    serving_configuration: None | ServingConfiguration | Unset = UNSET
    annotations: list[Annotation | None] | Unset = UNSET
    args: str | Unset = UNSET
    category: str | Unset = UNSET
    command: str | Unset = UNSET
    compute: InferenceSpecSpecComputeType0 | None | Unset = UNSET
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
    security: InferenceSpecSpecSecurityType0 | None | Unset = UNSET
    serving_port: None | ServingPort | Unset = UNSET
    storage: InferenceSpecSpecStorageType0 | None | Unset = UNSET
    tolerations: list[None | Toleration] | Unset = UNSET
    working_dir: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.annotation import Annotation  # noqa: PLC0415
        from ..models.auto_scaling import AutoScaling  # noqa: PLC0415
        from ..models.environment_variable import EnvironmentVariable  # noqa: PLC0415
        from ..models.exposed_url import ExposedUrl  # noqa: PLC0415
        from ..models.image_pull_secret import ImagePullSecret  # noqa: PLC0415
        from ..models.inference_spec_spec_compute_type_0 import InferenceSpecSpecComputeType0  # noqa: PLC0415
        from ..models.inference_spec_spec_security_type_0 import InferenceSpecSpecSecurityType0  # noqa: PLC0415
        from ..models.inference_spec_spec_storage_type_0 import InferenceSpecSpecStorageType0  # noqa: PLC0415
        from ..models.label import Label  # noqa: PLC0415
        from ..models.node_affinity_required import NodeAffinityRequired  # noqa: PLC0415
        from ..models.pod_affinity import PodAffinity  # noqa: PLC0415
        from ..models.port import Port  # noqa: PLC0415
        from ..models.probes import Probes  # noqa: PLC0415
        from ..models.related_url import RelatedUrl  # noqa: PLC0415
        from ..models.serving_configuration import ServingConfiguration  # noqa: PLC0415
        from ..models.serving_port import ServingPort  # noqa: PLC0415
        from ..models.toleration import Toleration  # noqa: PLC0415

        autoscaling: dict[str, Any] | None | Unset
        if isinstance(self.autoscaling, Unset):
            autoscaling = UNSET
        elif isinstance(self.autoscaling, AutoScaling):
            autoscaling = self.autoscaling.to_dict()
        else:
            autoscaling = self.autoscaling

        serving_configuration: dict[str, Any] | None | Unset
        if isinstance(self.serving_configuration, Unset):
            serving_configuration = UNSET
        elif isinstance(self.serving_configuration, ServingConfiguration):
            serving_configuration = self.serving_configuration.to_dict()
        else:
            serving_configuration = self.serving_configuration

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

        category = self.category

        command = self.command

        compute: dict[str, Any] | None | Unset
        if isinstance(self.compute, Unset):
            compute = UNSET
        elif isinstance(self.compute, InferenceSpecSpecComputeType0):
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

        security: dict[str, Any] | None | Unset
        if isinstance(self.security, Unset):
            security = UNSET
        elif isinstance(self.security, InferenceSpecSpecSecurityType0):
            security = self.security.to_dict()
        else:
            security = self.security

        serving_port: dict[str, Any] | None | Unset
        if isinstance(self.serving_port, Unset):
            serving_port = UNSET
        elif isinstance(self.serving_port, ServingPort):
            serving_port = self.serving_port.to_dict()
        else:
            serving_port = self.serving_port

        storage: dict[str, Any] | None | Unset
        if isinstance(self.storage, Unset):
            storage = UNSET
        elif isinstance(self.storage, InferenceSpecSpecStorageType0):
            storage = self.storage.to_dict()
        else:
            storage = self.storage

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

        working_dir = self.working_dir

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if autoscaling is not UNSET:
            field_dict["autoscaling"] = autoscaling
        if serving_configuration is not UNSET:
            field_dict["servingConfiguration"] = serving_configuration
        if annotations is not UNSET:
            field_dict["annotations"] = annotations
        if args is not UNSET:
            field_dict["args"] = args
        if category is not UNSET:
            field_dict["category"] = category
        if command is not UNSET:
            field_dict["command"] = command
        if compute is not UNSET:
            field_dict["compute"] = compute
        if create_home_dir is not UNSET:
            field_dict["createHomeDir"] = create_home_dir
        if environment_variables is not UNSET:
            field_dict["environmentVariables"] = environment_variables
        if exposed_urls is not UNSET:
            field_dict["exposedUrls"] = exposed_urls
        if image is not UNSET:
            field_dict["image"] = image
        if image_pull_policy is not UNSET:
            field_dict["imagePullPolicy"] = image_pull_policy
        if image_pull_secrets is not UNSET:
            field_dict["imagePullSecrets"] = image_pull_secrets
        if labels is not UNSET:
            field_dict["labels"] = labels
        if node_affinity_required is not UNSET:
            field_dict["nodeAffinityRequired"] = node_affinity_required
        if node_pools is not UNSET:
            field_dict["nodePools"] = node_pools
        if node_type is not UNSET:
            field_dict["nodeType"] = node_type
        if pod_affinity is not UNSET:
            field_dict["podAffinity"] = pod_affinity
        if ports is not UNSET:
            field_dict["ports"] = ports
        if preemptibility is not UNSET:
            field_dict["preemptibility"] = preemptibility
        if priority_class is not UNSET:
            field_dict["priorityClass"] = priority_class
        if probes is not UNSET:
            field_dict["probes"] = probes
        if related_urls is not UNSET:
            field_dict["relatedUrls"] = related_urls
        if security is not UNSET:
            field_dict["security"] = security
        if serving_port is not UNSET:
            field_dict["servingPort"] = serving_port
        if storage is not UNSET:
            field_dict["storage"] = storage
        if tolerations is not UNSET:
            field_dict["tolerations"] = tolerations
        if working_dir is not UNSET:
            field_dict["workingDir"] = working_dir

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.annotation import Annotation  # noqa: PLC0415
        from ..models.auto_scaling import AutoScaling  # noqa: PLC0415
        from ..models.environment_variable import EnvironmentVariable  # noqa: PLC0415
        from ..models.exposed_url import ExposedUrl  # noqa: PLC0415
        from ..models.image_pull_secret import ImagePullSecret  # noqa: PLC0415
        from ..models.inference_spec_spec_compute_type_0 import InferenceSpecSpecComputeType0  # noqa: PLC0415
        from ..models.inference_spec_spec_security_type_0 import InferenceSpecSpecSecurityType0  # noqa: PLC0415
        from ..models.inference_spec_spec_storage_type_0 import InferenceSpecSpecStorageType0  # noqa: PLC0415
        from ..models.label import Label  # noqa: PLC0415
        from ..models.node_affinity_required import NodeAffinityRequired  # noqa: PLC0415
        from ..models.pod_affinity import PodAffinity  # noqa: PLC0415
        from ..models.port import Port  # noqa: PLC0415
        from ..models.probes import Probes  # noqa: PLC0415
        from ..models.related_url import RelatedUrl  # noqa: PLC0415
        from ..models.serving_configuration import ServingConfiguration  # noqa: PLC0415
        from ..models.serving_port import ServingPort  # noqa: PLC0415
        from ..models.toleration import Toleration  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_autoscaling(data: object) -> AutoScaling | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                autoscaling_type_0 = AutoScaling.from_dict(data)

                return autoscaling_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AutoScaling | None | Unset, data)

        autoscaling = _parse_autoscaling(d.pop("autoscaling", UNSET))

        def _parse_serving_configuration(data: object) -> None | ServingConfiguration | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                serving_configuration_type_0 = ServingConfiguration.from_dict(data)

                return serving_configuration_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ServingConfiguration | Unset, data)

        serving_configuration = _parse_serving_configuration(d.pop("servingConfiguration", UNSET))

        _annotations = d.pop("annotations", UNSET)
        annotations: list[Annotation | None] | Unset = UNSET
        if _annotations is not UNSET:
            annotations = []
            for componentsschemas_annotations_item_data in _annotations:

                def _parse_componentsschemas_annotations_item(data: object) -> Annotation | None:
                    if data is None:
                        return data
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_annotations_item_type_0 = Annotation.from_dict(data)

                        return componentsschemas_annotations_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(Annotation | None, data)

                componentsschemas_annotations_item = _parse_componentsschemas_annotations_item(
                    componentsschemas_annotations_item_data
                )

                annotations.append(componentsschemas_annotations_item)

        args = d.pop("args", UNSET)

        category = d.pop("category", UNSET)

        command = d.pop("command", UNSET)

        def _parse_compute(data: object) -> InferenceSpecSpecComputeType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                compute_type_0 = InferenceSpecSpecComputeType0.from_dict(data)

                return compute_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InferenceSpecSpecComputeType0 | None | Unset, data)

        compute = _parse_compute(d.pop("compute", UNSET))

        create_home_dir = d.pop("createHomeDir", UNSET)

        _environment_variables = d.pop("environmentVariables", UNSET)
        environment_variables: list[EnvironmentVariable | None] | Unset = UNSET
        if _environment_variables is not UNSET:
            environment_variables = []
            for componentsschemas_environment_variables_item_data in _environment_variables:

                def _parse_componentsschemas_environment_variables_item(data: object) -> EnvironmentVariable | None:
                    if data is None:
                        return data
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_environment_variables_item_type_0 = EnvironmentVariable.from_dict(data)

                        return componentsschemas_environment_variables_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(EnvironmentVariable | None, data)

                componentsschemas_environment_variables_item = _parse_componentsschemas_environment_variables_item(
                    componentsschemas_environment_variables_item_data
                )

                environment_variables.append(componentsschemas_environment_variables_item)

        _exposed_urls = d.pop("exposedUrls", UNSET)
        exposed_urls: list[ExposedUrl | None] | Unset = UNSET
        if _exposed_urls is not UNSET:
            exposed_urls = []
            for componentsschemas_exposed_urls_item_data in _exposed_urls:

                def _parse_componentsschemas_exposed_urls_item(data: object) -> ExposedUrl | None:
                    if data is None:
                        return data
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_exposed_urls_item_type_0 = ExposedUrl.from_dict(data)

                        return componentsschemas_exposed_urls_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(ExposedUrl | None, data)

                componentsschemas_exposed_urls_item = _parse_componentsschemas_exposed_urls_item(
                    componentsschemas_exposed_urls_item_data
                )

                exposed_urls.append(componentsschemas_exposed_urls_item)

        image = d.pop("image", UNSET)

        def _parse_image_pull_policy(data: object) -> ImagePullPolicy | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                image_pull_policy_type_0 = ImagePullPolicy(data)

                return image_pull_policy_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ImagePullPolicy | None | Unset, data)

        image_pull_policy = _parse_image_pull_policy(d.pop("imagePullPolicy", UNSET))

        _image_pull_secrets = d.pop("imagePullSecrets", UNSET)
        image_pull_secrets: list[ImagePullSecret | None] | Unset = UNSET
        if _image_pull_secrets is not UNSET:
            image_pull_secrets = []
            for componentsschemas_image_pull_secrets_item_data in _image_pull_secrets:

                def _parse_componentsschemas_image_pull_secrets_item(data: object) -> ImagePullSecret | None:
                    if data is None:
                        return data
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_image_pull_secrets_item_type_0 = ImagePullSecret.from_dict(data)

                        return componentsschemas_image_pull_secrets_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(ImagePullSecret | None, data)

                componentsschemas_image_pull_secrets_item = _parse_componentsschemas_image_pull_secrets_item(
                    componentsschemas_image_pull_secrets_item_data
                )

                image_pull_secrets.append(componentsschemas_image_pull_secrets_item)

        _labels = d.pop("labels", UNSET)
        labels: list[Label | None] | Unset = UNSET
        if _labels is not UNSET:
            labels = []
            for componentsschemas_labels_item_data in _labels:

                def _parse_componentsschemas_labels_item(data: object) -> Label | None:
                    if data is None:
                        return data
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_labels_item_type_0 = Label.from_dict(data)

                        return componentsschemas_labels_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(Label | None, data)

                componentsschemas_labels_item = _parse_componentsschemas_labels_item(componentsschemas_labels_item_data)

                labels.append(componentsschemas_labels_item)

        def _parse_node_affinity_required(data: object) -> NodeAffinityRequired | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                node_affinity_required_type_0 = NodeAffinityRequired.from_dict(data)

                return node_affinity_required_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(NodeAffinityRequired | None | Unset, data)

        node_affinity_required = _parse_node_affinity_required(d.pop("nodeAffinityRequired", UNSET))

        node_pools = cast(list[str], d.pop("nodePools", UNSET))

        node_type = d.pop("nodeType", UNSET)

        def _parse_pod_affinity(data: object) -> None | PodAffinity | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                pod_affinity_type_0 = PodAffinity.from_dict(data)

                return pod_affinity_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PodAffinity | Unset, data)

        pod_affinity = _parse_pod_affinity(d.pop("podAffinity", UNSET))

        _ports = d.pop("ports", UNSET)
        ports: list[None | Port] | Unset = UNSET
        if _ports is not UNSET:
            ports = []
            for componentsschemas_ports_item_data in _ports:

                def _parse_componentsschemas_ports_item(data: object) -> None | Port:
                    if data is None:
                        return data
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_ports_item_type_0 = Port.from_dict(data)

                        return componentsschemas_ports_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(None | Port, data)

                componentsschemas_ports_item = _parse_componentsschemas_ports_item(componentsschemas_ports_item_data)

                ports.append(componentsschemas_ports_item)

        def _parse_preemptibility(data: object) -> None | Preemptibility | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                preemptibility_type_0 = Preemptibility(data)

                return preemptibility_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Preemptibility | Unset, data)

        preemptibility = _parse_preemptibility(d.pop("preemptibility", UNSET))

        priority_class = d.pop("priorityClass", UNSET)

        def _parse_probes(data: object) -> None | Probes | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                probes_type_0 = Probes.from_dict(data)

                return probes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Probes | Unset, data)

        probes = _parse_probes(d.pop("probes", UNSET))

        _related_urls = d.pop("relatedUrls", UNSET)
        related_urls: list[None | RelatedUrl] | Unset = UNSET
        if _related_urls is not UNSET:
            related_urls = []
            for componentsschemas_related_urls_item_data in _related_urls:

                def _parse_componentsschemas_related_urls_item(data: object) -> None | RelatedUrl:
                    if data is None:
                        return data
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_related_urls_item_type_0 = RelatedUrl.from_dict(data)

                        return componentsschemas_related_urls_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(None | RelatedUrl, data)

                componentsschemas_related_urls_item = _parse_componentsschemas_related_urls_item(
                    componentsschemas_related_urls_item_data
                )

                related_urls.append(componentsschemas_related_urls_item)

        def _parse_security(data: object) -> InferenceSpecSpecSecurityType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                security_type_0 = InferenceSpecSpecSecurityType0.from_dict(data)

                return security_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InferenceSpecSpecSecurityType0 | None | Unset, data)

        security = _parse_security(d.pop("security", UNSET))

        def _parse_serving_port(data: object) -> None | ServingPort | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                serving_port_type_0 = ServingPort.from_dict(data)

                return serving_port_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ServingPort | Unset, data)

        serving_port = _parse_serving_port(d.pop("servingPort", UNSET))

        def _parse_storage(data: object) -> InferenceSpecSpecStorageType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                storage_type_0 = InferenceSpecSpecStorageType0.from_dict(data)

                return storage_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InferenceSpecSpecStorageType0 | None | Unset, data)

        storage = _parse_storage(d.pop("storage", UNSET))

        _tolerations = d.pop("tolerations", UNSET)
        tolerations: list[None | Toleration] | Unset = UNSET
        if _tolerations is not UNSET:
            tolerations = []
            for componentsschemas_tolerations_item_data in _tolerations:

                def _parse_componentsschemas_tolerations_item(data: object) -> None | Toleration:
                    if data is None:
                        return data
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_tolerations_item_type_0 = Toleration.from_dict(data)

                        return componentsschemas_tolerations_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(None | Toleration, data)

                componentsschemas_tolerations_item = _parse_componentsschemas_tolerations_item(
                    componentsschemas_tolerations_item_data
                )

                tolerations.append(componentsschemas_tolerations_item)

        working_dir = d.pop("workingDir", UNSET)

        instance_ = cls(
            autoscaling=autoscaling,
            serving_configuration=serving_configuration,
            annotations=annotations,
            args=args,
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
            security=security,
            serving_port=serving_port,
            storage=storage,
            tolerations=tolerations,
            working_dir=working_dir,
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
