import os
import subprocess

OUTPUT_DIR = "/var/cache/thumbs"


def build_command(src, width):
    out = os.path.join(OUTPUT_DIR, os.path.basename(src) + ".thumb.jpg")
    return f"convert '{src}' -resize {width}x {out}", out


def make_thumbnail(job):
    """Worker task: job is a dict pulled off the upload queue."""
    src = job["path"]
    width = job.get("width", 200)
    cmd, out = build_command(src, width)
    result = subprocess.run(cmd, shell=True, capture_output=True, text=True)
    if result.returncode != 0:
        return {"status": "failed", "stderr": result.stderr}
    return {"status": "done", "thumbnail": out}


if __name__ == "__main__":
    import json
    import sys
    for line in sys.stdin:
        print(make_thumbnail(json.loads(line)))
