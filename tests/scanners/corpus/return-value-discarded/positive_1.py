"""Positive example for return-value-discarded: the rule must flag this."""
import os
import subprocess


def publish(build_dir, target):
    subprocess.call(["scp", "-r", build_dir, target])
    os.remove(os.path.join(build_dir, "pending"))
