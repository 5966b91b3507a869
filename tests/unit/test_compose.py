"""docker-compose.yml, deploy/Dockerfile and deploy/prometheus agree with the code.

No Docker engine is needed: the files are parsed and checked against ``Settings`` and
against each other (listeners, ports, versions), so a renamed setting or a moved port fails
here instead of in a user's ``docker compose up``.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from dataclasses import fields
from pathlib import Path
from typing import Any

import pytest
import yaml

from pipeline.settings import ENV_PREFIX, Settings

ROOT = Path(__file__).resolve().parents[2]
COMPOSE = ROOT / "docker-compose.yml"
DOCKERFILE = ROOT / "deploy" / "Dockerfile"
KAFKA_POM = ROOT / "deploy" / "kafka" / "pom.xml"


@pytest.fixture(scope="module")
def compose() -> dict[str, Any]:
    data = yaml.safe_load(COMPOSE.read_text(encoding="utf-8"))
    assert isinstance(data, dict), "docker-compose.yml is not a mapping"
    return data


@pytest.fixture(scope="module")
def services(compose: dict[str, Any]) -> dict[str, Any]:
    return compose["services"]


def environment(service: dict[str, Any]) -> dict[str, str]:
    """A service's environment as a dict, whether written as a mapping or a list."""
    env = service.get("environment") or {}
    if isinstance(env, list):
        pairs = (item.split("=", 1) for item in env)
        return {k: v for k, v in pairs}
    return {k: "" if v is None else str(v) for k, v in env.items()}


def listeners(value: str) -> dict[str, tuple[str, int]]:
    """``NAME://host:port,...`` -> {NAME: (host, port)}."""
    out: dict[str, tuple[str, int]] = {}
    for item in value.split(","):
        match = re.fullmatch(r"\s*([A-Za-z0-9_]+)://([^:,]*):(\d+)\s*", item)
        assert match, f"not a listener: {item!r}"
        out[match.group(1)] = (match.group(2), int(match.group(3)))
    return out


def kafka_version_in_pom() -> str:
    ns = {"m": "http://maven.apache.org/POM/4.0.0"}
    node = ET.parse(KAFKA_POM).getroot().find("m:properties/m:kafka.version", ns)
    assert node is not None and node.text, "deploy/kafka/pom.xml has no kafka.version property"
    return node.text.strip()


def test_services_exist(services: dict[str, Any]) -> None:
    assert {"kafka", "worker", "prometheus", "grafana"} <= set(services)


def test_kafka_image_is_official_and_matches_local_broker(services: dict[str, Any]) -> None:
    image = services["kafka"]["image"]
    name, _, tag = image.partition(":")
    assert name == "apache/kafka", f"use the official Apache Kafka image, not {name}"
    local = kafka_version_in_pom()
    assert tag.split(".")[:2] == local.split(".")[:2], (
        f"compose runs Kafka {tag} but deploy/kafka runs {local}: keep major.minor equal"
    )


def test_kafka_is_single_node_kraft(services: dict[str, Any]) -> None:
    env = environment(services["kafka"])
    assert set(env["KAFKA_PROCESS_ROLES"].split(",")) == {"broker", "controller"}
    node_id = env["KAFKA_NODE_ID"]
    controller_names = set(env["KAFKA_CONTROLLER_LISTENER_NAMES"].split(","))
    bound = listeners(env["KAFKA_LISTENERS"])
    advertised = listeners(env["KAFKA_ADVERTISED_LISTENERS"])
    protocols = dict(p.split(":") for p in env["KAFKA_LISTENER_SECURITY_PROTOCOL_MAP"].split(","))

    voters = env["KAFKA_CONTROLLER_QUORUM_VOTERS"].split(",")
    assert len(voters) == 1 and voters[0].startswith(f"{node_id}@")
    voter_port = int(voters[0].rpartition(":")[2])
    assert any(bound[n][1] == voter_port for n in controller_names)

    for name in advertised:
        assert name in bound, f"advertised listener {name} is not in KAFKA_LISTENERS"
        assert name not in controller_names, "the controller listener must not be advertised"
        assert bound[name][1] == advertised[name][1], f"{name}: bound and advertised ports differ"
    for name in bound:
        assert name in protocols, f"listener {name} has no security protocol"
    assert env["KAFKA_INTER_BROKER_LISTENER_NAME"] in advertised
    # one replica of everything on one node, or internal topics never get created
    for key in (
        "KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR",
        "KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR",
        "KAFKA_TRANSACTION_STATE_LOG_MIN_ISR",
    ):
        assert env[key] == "1", key


def test_kafka_host_listener_is_published(services: dict[str, Any]) -> None:
    """A listener advertised as a loopback address must be reachable from the host."""
    env = environment(services["kafka"])
    advertised = listeners(env["KAFKA_ADVERTISED_LISTENERS"])
    host_ports = [port for host, port in advertised.values() if host in {"127.0.0.1", "localhost"}]
    assert host_ports, "no listener advertised for clients on the host"
    published = {
        int(str(mapping).split(":")[-2]): int(str(mapping).split(":")[-1])
        for mapping in services["kafka"].get("ports", [])
    }
    for port in host_ports:
        assert published.get(port) == port, f"host listener port {port} is not published as-is"


def test_kafka_has_a_healthcheck_the_worker_waits_on(services: dict[str, Any]) -> None:
    assert services["kafka"]["healthcheck"]["test"], "kafka needs a healthcheck"
    depends = services["worker"]["depends_on"]
    assert isinstance(depends, dict), "worker must wait for kafka to be healthy, not just started"
    assert depends["kafka"]["condition"] == "service_healthy"


def test_worker_environment_names_are_settings_fields(services: dict[str, Any]) -> None:
    env = environment(services["worker"])
    known = {ENV_PREFIX + f.name.upper() for f in fields(Settings)}
    wirewatch_vars = {k for k in env if k.startswith(ENV_PREFIX)}
    assert {
        "WIREWATCH_BROKER",
        "WIREWATCH_TOPIC_PREFIX",
        "WIREWATCH_PARTITIONS",
        "WIREWATCH_WEB_PORT",
    } <= wirewatch_vars
    unknown = wirewatch_vars - known
    assert not unknown, f"not fields of pipeline.settings.Settings: {sorted(unknown)}"
    # and the values are ones Settings accepts
    settings = Settings.from_env(env)
    assert settings.partitions == 6
    assert settings.web_port > 0, "workers need a web port for Prometheus to scrape"


def test_worker_broker_is_an_advertised_kafka_listener(services: dict[str, Any]) -> None:
    settings = Settings.from_env(environment(services["worker"]))
    kafka_env = environment(services["kafka"])
    advertised = set(listeners(kafka_env["KAFKA_ADVERTISED_LISTENERS"]).values())
    for server in settings.bootstrap_servers.split(","):
        host, _, port = server.rpartition(":")
        assert (host, int(port)) in advertised, (
            f"worker bootstraps from {server}, which kafka does not advertise: {sorted(advertised)}"
        )
        # inside the compose network: the service name (or its hostname), not loopback
        assert host in {"kafka", services["kafka"].get("hostname", "kafka")}


def test_worker_scales_out(services: dict[str, Any]) -> None:
    worker = services["worker"]
    assert worker["build"]["dockerfile"] == "deploy/Dockerfile"
    assert (ROOT / worker["build"].get("context", ".") / worker["build"]["dockerfile"]).is_file()
    assert int(worker["deploy"]["replicas"]) >= 2
    # replicas cannot share a fixed host port
    assert not worker.get("ports"), "scaled workers must not publish a fixed host port"


def test_prometheus_scrapes_the_workers_web_port(services: dict[str, Any]) -> None:
    volumes = services["prometheus"]["volumes"]
    source = next(v.split(":")[0] for v in volumes if ":/etc/prometheus/prometheus.yml" in v)
    config = yaml.safe_load((ROOT / source).read_text(encoding="utf-8"))
    web_port = Settings.from_env(environment(services["worker"])).web_port

    jobs = [j for j in config["scrape_configs"] if j.get("metrics_path", "/metrics") == "/metrics"]
    targets: set[tuple[str, int]] = set()
    for job in jobs:
        for sd in job.get("dns_sd_configs", []):
            targets |= {(name, int(sd["port"])) for name in sd["names"]}
        for static in job.get("static_configs", []):
            for target in static["targets"]:
                host, _, port = target.rpartition(":")
                targets.add((host, int(port)))
    assert ("worker", web_port) in targets, (
        f"Prometheus does not scrape worker:{web_port}/metrics (targets: {sorted(targets)})"
    )


def test_grafana_reads_the_compose_prometheus(services: dict[str, Any]) -> None:
    volumes = services["grafana"]["volumes"]
    source = next(v.split(":")[0] for v in volumes if "/provisioning/datasources/" in v)
    provisioning = yaml.safe_load((ROOT / source).read_text(encoding="utf-8"))
    urls = {d["url"] for d in provisioning["datasources"] if d["type"] == "prometheus"}
    port = next(int(str(p).split(":")[-1]) for p in services["prometheus"]["ports"])
    assert f"http://prometheus:{port}" in urls



def test_grafana_provisions_the_dashboards_it_mounts(services: dict[str, Any]) -> None:
    mounts = dict(v.rsplit(":", 1)[0].split(":", 1) for v in services["grafana"]["volumes"])
    provider_file = next(
        src for src, dst in mounts.items() if "/etc/grafana/provisioning/dashboards/" in dst
    )
    provider = yaml.safe_load((ROOT / provider_file).read_text(encoding="utf-8"))
    paths = {p["options"]["path"] for p in provider["providers"] if p["type"] == "file"}
    mounted = {dst: src for src, dst in mounts.items()}
    for path in paths:
        assert path in mounted, f"the dashboard provider reads {path}, which is not mounted"
        dashboards = sorted((ROOT / mounted[path]).glob("*.json"))
        assert dashboards, f"{mounted[path]} holds no dashboard JSON"

def dockerfile_instructions() -> list[tuple[str, str]]:
    text = DOCKERFILE.read_text(encoding="utf-8").replace("\\\n", " ")
    out = []
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            keyword, _, rest = line.partition(" ")
            out.append((keyword.upper(), rest.strip()))
    return out


def test_dockerfile_entrypoint_is_wirewatch_worker() -> None:
    entrypoints = [rest for kw, rest in dockerfile_instructions() if kw == "ENTRYPOINT"]
    assert entrypoints, "deploy/Dockerfile has no ENTRYPOINT"
    assert json.loads(entrypoints[-1]) == ["wirewatch", "worker"]


def test_dockerfile_installs_the_repo_on_python_311_slim() -> None:
    instructions = dockerfile_instructions()
    assert [rest for kw, rest in instructions if kw == "FROM"] == ["python:3.11-slim"]
    runs = " ".join(rest for kw, rest in instructions if kw == "RUN")
    assert re.search(r"pip install (\S+ )*\.(\s|$)", runs), "the image must `pip install .`"
    copied = " ".join(rest for kw, rest in instructions if kw == "COPY")
    for needed in ("pyproject.toml", "pipeline"):
        assert needed in copied, f"the image build does not COPY {needed}"
