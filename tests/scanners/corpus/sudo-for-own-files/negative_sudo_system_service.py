"""Negative example for sudo-for-own-files: sudo is used for a system service, which does need root; the
user's home only holds the script's own settings."""

import json
import os
import subprocess

SETTINGS = os.path.expanduser("~/.config/vpnctl.json")


def restart_vpn():
    with open(SETTINGS) as fh:
        unit = json.load(fh).get("unit", "openvpn")
    subprocess.run(["sudo", "systemctl", "restart", "openvpn"], check=True)
    return unit
