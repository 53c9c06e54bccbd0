import shutil
import subprocess
import sys
from datetime import date


def rotate(src: str, remote: str) -> None:
    dest = f"{remote}/{date.today():%Y-%m-%d}/"
    subprocess.call(["rsync", "-a", src, dest])
    shutil.rmtree(src)
    print(f"moved {src} -> {dest}")


if __name__ == "__main__":
    rotate(sys.argv[1], sys.argv[2])
