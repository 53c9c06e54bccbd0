import json
import os
import stat


class ConfigError(Exception):
    pass


class AgentConfig:
    """Loads the agent config, refusing files other users could have tampered with."""

    def __init__(self, path="/etc/metrics-agent/agent.json"):
        self.path = path
        self.data = self._load()

    def _load(self):
        try:
            fd = os.open(self.path, os.O_RDONLY | os.O_NOFOLLOW)
        except OSError as exc:
            raise ConfigError(f"cannot open {self.path}: {exc}") from exc
        with os.fdopen(fd, "r") as fh:
            st = os.fstat(fh.fileno())
            if not stat.S_ISREG(st.st_mode):
                raise ConfigError("config is not a regular file")
            if st.st_uid not in (0, os.geteuid()) or st.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
                raise ConfigError("config is writable by other users")
            return json.load(fh)

    def get(self, key, default=None):
        return self.data.get(key, default)
