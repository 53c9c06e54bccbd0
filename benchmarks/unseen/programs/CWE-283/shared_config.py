import json
import os
import subprocess

CONFIG = "/tmp/buildtool/config.json"


def load_config() -> dict:
    if not os.path.exists(CONFIG):
        return {"hooks": []}
    with open(CONFIG) as fh:
        return json.load(fh)


def run_hooks() -> None:
    for hook in load_config().get("hooks", []):
        subprocess.run(hook["argv"], check=False)


if __name__ == "__main__":
    run_hooks()
