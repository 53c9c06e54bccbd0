"""Clone repositories requested through the admin API into a cache dir."""
import re
import subprocess
from pathlib import Path

CACHE = Path("/var/cache/repos")
BRANCH_RE = re.compile(r"^[A-Za-z0-9._/-]{1,100}$")


class CloneError(RuntimeError):
    pass


def clone(url, branch="main"):
    if not url.startswith(("https://", "ssh://")):
        raise CloneError("unsupported url scheme")
    if not BRANCH_RE.match(branch) or branch.startswith("-"):
        raise CloneError("invalid branch name")
    target = CACHE / re.sub(r"[^A-Za-z0-9_-]", "_", url)[-80:]
    args = ["git", "clone", "--depth", "1", "--branch", branch, "--", url, str(target)]
    result = subprocess.run(args, capture_output=True, text=True, timeout=300)
    if result.returncode != 0:
        raise CloneError(result.stderr.strip())
    return target


def handle_request(body):
    return str(clone(body["url"], body.get("branch", "main")))
