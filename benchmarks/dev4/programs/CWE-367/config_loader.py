import json
import os
import stat


class ConfigError(Exception):
    pass


def load_private_config(path):
    """Read a config file, refusing it if other users could have written it."""
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        return {}
    with os.fdopen(fd, "r", encoding="utf-8") as fh:
        st = os.fstat(fh.fileno())
        if not stat.S_ISREG(st.st_mode):
            raise ConfigError(f"{path} is not a regular file")
        if st.st_uid != os.getuid() or st.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
            raise ConfigError(f"{path} must be owned by us and not group/world writable")
        return json.load(fh)


if __name__ == "__main__":
    cfg = load_private_config(os.path.expanduser("~/.config/syncer/config.json"))
    print(sorted(cfg))
