import shutil
import subprocess
import sys
from datetime import date


def rotate(src: str, remote: str) -> None:
    dest = f"{remote}/{date.today():%Y-%m-%d}/"
    subprocess.run(["rsync", "-a", src, dest], check=True)
    shutil.rmtree(src)
    print(f"moved {src} -> {dest}")


if __name__ == "__main__":
    try:
        rotate(sys.argv[1], sys.argv[2])
    except subprocess.CalledProcessError as err:
        print(f"backup failed ({err.returncode}); source kept", file=sys.stderr)
        sys.exit(1)
