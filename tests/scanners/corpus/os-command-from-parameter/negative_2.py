import shlex
import subprocess


def compress(folder: str, archive: str) -> int:
    line = "zip -qr {} {}".format(shlex.quote(archive), shlex.quote(folder))
    return subprocess.call(line, shell=True)
