from datetime import timedelta

import pytest

from pipeline.domain.validate import ValidationLimits
from pipeline.settings import Settings, SettingsError
from pipeline.streaming.worker import neutralise_faust_env


def test_defaults() -> None:
    settings = Settings.from_env({})
    assert settings.partitions == 6
    assert settings.bootstrap_servers == "127.0.0.1:9092"
    assert settings.web_port == 0


def test_prefixed_environment_and_overrides() -> None:
    env = {
        "WIREWATCH_BROKER": "kafka://k1:9092;kafka://k2:9093",
        "WIREWATCH_PARTITIONS": "3",
        "WIREWATCH_TOPIC_PREFIX": "staging",
        "BROKER": "kafka://ignored:1",  # Faust's own unprefixed name is never read
    }
    settings = Settings.from_env(env, partitions=4)
    assert settings.bootstrap_servers == "k1:9092,k2:9093"
    assert settings.partitions == 4
    assert settings.topic_prefix == "staging"


@pytest.mark.parametrize(
    ("env", "needle"),
    [
        ({"WIREWATCH_PARTITIONS": "many"}, "WIREWATCH_PARTITIONS"),
        ({"WIREWATCH_PARTITIONS": "0"}, "WIREWATCH_PARTITIONS"),
        ({"WIREWATCH_BROKER": "kafka://nohost"}, "WIREWATCH_BROKER"),
        ({"WIREWATCH_WEB_PORT": "70000"}, "WIREWATCH_WEB_PORT"),
        ({"WIREWATCH_DEDUP_THRESHOLD": "1.5"}, "WIREWATCH_DEDUP_THRESHOLD"),
        ({"WIREWATCH_TOPIC_PREFIX": "bad prefix"}, "WIREWATCH_TOPIC_PREFIX"),
        ({"WIREWATCH_PRODUCER_LINGER_MS": "5000"}, "WIREWATCH_PRODUCER_LINGER_MS"),
        ({"WIREWATCH_PRODUCER_MAX_BATCH_BYTES": "10"}, "WIREWATCH_PRODUCER_MAX_BATCH_BYTES"),
    ],
)
def test_bad_values_name_the_variable(env: dict[str, str], needle: str) -> None:
    with pytest.raises(SettingsError, match=needle):
        Settings.from_env(env)


def test_robustness_settings_and_their_limits() -> None:
    env = {
        "WIREWATCH_MAX_TEXT_CHARS": "5000",
        "WIREWATCH_MAX_LINE_BYTES": "2048",
        "WIREWATCH_CLOCK_ALLOWANCE_HOURS": "0.5",
        "WIREWATCH_SESSION_TIMEOUT_SECONDS": "9",
        "WIREWATCH_HEARTBEAT_INTERVAL_SECONDS": "3",
    }
    settings = Settings.from_env(env)
    assert settings.validation_limits == ValidationLimits(max_line_bytes=2048, max_text_chars=5000)
    assert settings.clock_allowance == timedelta(minutes=30)
    with pytest.raises(SettingsError, match="WIREWATCH_HEARTBEAT_INTERVAL_SECONDS"):
        Settings.from_env({"WIREWATCH_HEARTBEAT_INTERVAL_SECONDS": "5"})  # > 10 s / 3
    with pytest.raises(SettingsError, match="WIREWATCH_MAX_TEXT_CHARS"):
        Settings.from_env({"WIREWATCH_MAX_TEXT_CHARS": "0"})


FAUST_OVERRIDES = {
    "WEB_PORT": "7777",
    "BROKER_SESSION_TIMEOUT": "99",
    "PROCESSING_GUARANTEE": "exactly_once",
    "BROKER_URL": "kafka://elsewhere:1",
    "F_WEB_BIND": "0.0.0.0",
}


def test_the_worker_removes_faust_own_variables_and_keeps_the_rest() -> None:
    env = {**FAUST_OVERRIDES, "WIREWATCH_WEB_PORT": "6070", "PATH": "/bin", "BROKER": "x"}
    removed = neutralise_faust_env(env)
    assert set(removed) == set(FAUST_OVERRIDES)
    assert env == {"WIREWATCH_WEB_PORT": "6070", "PATH": "/bin", "BROKER": "x"}
    prefixed = {"APP_ENV_PREFIX": "MYAPP", "MYAPP_WEB_PORT": "1", "MYAPP_OTHER": "2"}
    neutralise_faust_env(prefixed)
    assert prefixed == {"MYAPP_OTHER": "2"}


def test_faust_variables_do_not_override_wirewatch_settings(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from pipeline.streaming.app import create_app

    for name, value in FAUST_OVERRIDES.items():
        monkeypatch.setenv(name, value)
    settings = Settings(web_port=6070, session_timeout_seconds=9.0)
    app = create_app(settings, analyser=object())  # type: ignore[arg-type]
    assert app.conf.web_port == 6070
    assert app.conf.broker_session_timeout == 9.0
    assert app.conf.broker_heartbeat_interval == settings.heartbeat_interval_seconds
    assert str(app.conf.processing_guarantee.value) == "at_least_once"
    assert [str(url) for url in app.conf.broker] == ["kafka://127.0.0.1:9092"]


def test_producer_batching_settings_reach_the_faust_producer() -> None:
    from pipeline.streaming.app import create_app

    env = {"WIREWATCH_PRODUCER_LINGER_MS": "7", "WIREWATCH_PRODUCER_MAX_BATCH_BYTES": "65536"}
    app = create_app(Settings.from_env(env), analyser=object())  # type: ignore[arg-type]
    assert app.conf.producer_linger == pytest.approx(0.007)
    assert app.conf.producer_max_batch_size == 65536
