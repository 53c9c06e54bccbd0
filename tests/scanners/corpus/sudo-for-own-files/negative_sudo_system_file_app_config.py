import subprocess
from pathlib import Path

APP_CONF = Path("/srv/shop/nginx.conf")


def install_site() -> None:
    # copying into /etc/nginx and reloading the daemon are root's work
    subprocess.run(["sudo", "systemctl", "reload", "nginx"], check=True)
    print("installed", APP_CONF)
