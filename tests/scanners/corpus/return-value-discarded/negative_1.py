"""Negative example for return-value-discarded: the rule must not flag this."""
import os
import subprocess


def publish(build_dir, target):
    subprocess.run(["scp", "-r", build_dir, target], check=True)
    status = os.system("sync")
    if status != 0:
        raise RuntimeError("sync failed")
    name = build_dir.replace("\\\\", "/")
    return name
