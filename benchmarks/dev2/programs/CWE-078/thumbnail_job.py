import json
import shlex
import subprocess
import sys
from pathlib import Path

OUTPUT_DIR = Path("/var/cache/thumbs")


def build_command(src, width):
    dest = OUTPUT_DIR / (Path(src).stem + f"_{width}.jpg")
    return "convert {} -resize {}x {}".format(
        shlex.quote(str(src)), int(width), shlex.quote(str(dest))
    )


def process(job):
    cmd = build_command(job["source"], job.get("width", 200))
    completed = subprocess.run(cmd, shell=True, capture_output=True, text=True)
    if completed.returncode != 0:
        print("convert failed:", completed.stderr, file=sys.stderr)
    return completed.returncode


if __name__ == "__main__":
    for line in sys.stdin:
        line = line.strip()
        if line:
            process(json.loads(line))
