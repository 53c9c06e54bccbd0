import os
import subprocess
import sys

import requests


def fetch_to_tmp(url):
    path = "/tmp/remote_config_" + str(os.getpid()) + ".yaml"
    resp = requests.get(url, timeout=20)
    resp.raise_for_status()
    with open(path, "w") as fh:
        fh.write(resp.text)
    return path


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: diff_tool URL LOCAL_FILE")
    remote = fetch_to_tmp(sys.argv[1])
    try:
        result = subprocess.run(["diff", "-u", sys.argv[2], remote])
    finally:
        os.remove(remote)
    sys.exit(result.returncode)


if __name__ == "__main__":
    main()
