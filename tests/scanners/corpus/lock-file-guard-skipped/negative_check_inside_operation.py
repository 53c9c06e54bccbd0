import os
import sys

FREEZE_MARKER = "/etc/release/FREEZE"


def publish(version):
    if os.path.exists(FREEZE_MARKER):
        sys.exit("release freeze in effect")
    print("publishing", version)


def cmd_publish(version):
    publish(version)


def cmd_hotfix(version):
    publish(version + "-hotfix")
