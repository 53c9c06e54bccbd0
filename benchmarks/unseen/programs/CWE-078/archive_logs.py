import shlex
import subprocess
import sys
from datetime import date

LOG_DIR = "/var/log/myapp"


def archive(service: str, day: str) -> int:
    src = f"{LOG_DIR}/{service}-{day}.log"
    dest = f"/backup/{service}-{day}.tar.gz"
    command = "tar czf {} {} && rm -f {}".format(
        shlex.quote(dest), shlex.quote(src), shlex.quote(src)
    )
    return subprocess.call(command, shell=True)


if __name__ == "__main__":
    service = sys.argv[1]
    day = sys.argv[2] if len(sys.argv) > 2 else date.today().isoformat()
    sys.exit(archive(service, day))
