"""Negative example for sensitive-data-in-log-or-error: the exception of a parse or I/O step carries no
account or credential details, so logging it (or chaining it) is ordinary practice."""
import json
import logging

logger = logging.getLogger(__name__)


class ConfigError(Exception):
    pass


def load_settings(path):
    try:
        with open(path, encoding="utf-8") as handle:
            data = json.load(handle)
    except (OSError, ValueError) as exc:
        logger.warning("could not read %s: %s", path, exc)
        raise ConfigError(f"invalid settings file: {exc}") from exc
    return data
