import tomllib

EXPORT_DEFAULTS = {"format": "csv", "allowed_tables": ["orders"], "limit": 1000}


def options(path):
    chosen = dict(EXPORT_DEFAULTS)
    with open(path, "rb") as fh:
        chosen.update(tomllib.load(fh).get("export", {}))
    return chosen


if __name__ == "__main__":
    print(options("/etc/exporter.toml"))
