import configparser
import logging
import sys

log = logging.getLogger("svc")


def read_port(path):
    cfg = configparser.ConfigParser()
    if not cfg.read(path):
        raise FileNotFoundError(path)
    try:
        port = cfg.getint("server", "port")
    except (configparser.Error, ValueError) as exc:
        log.error("bad server.port in %s: %s", path, exc)
        raise
    if not 1 <= port <= 65535:
        raise ValueError(f"port out of range: {port}")
    return port


if __name__ == "__main__":
    try:
        print(read_port(sys.argv[1]))
    except (OSError, ValueError, configparser.Error) as exc:
        sys.exit(f"cannot start: {exc}")
