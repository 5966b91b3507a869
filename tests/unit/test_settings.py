import pytest

from pipeline.settings import Settings, SettingsError


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
    ],
)
def test_bad_values_name_the_variable(env: dict[str, str], needle: str) -> None:
    with pytest.raises(SettingsError, match=needle):
        Settings.from_env(env)
