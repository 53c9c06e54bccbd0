import os
import subprocess

MEDIA_ROOT = "/var/www/videosite/media"


def transcode(name: str) -> str:
    source = os.path.join(MEDIA_ROOT, "incoming", os.path.basename(name))
    target = os.path.join(MEDIA_ROOT, "ready", os.path.basename(name) + ".mp4")
    subprocess.check_call(["sudo", "ffmpeg", "-y", "-i", source, target])
    return target
