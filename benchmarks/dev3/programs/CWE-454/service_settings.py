import json
import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Settings:
    listen_port: int = 8080
    db_url: str = "postgresql://localhost/app"
    require_mfa: bool = True
    admin_emails: tuple = ()


def load_settings(path="/etc/app/settings.json"):
    st = os.stat(path)
    if st.st_uid != 0 or st.st_mode & 0o022:
        raise RuntimeError(f"{path} must be root-owned and not group/world writable")
    with open(path) as fh:
        raw = json.load(fh)
    return Settings(
        listen_port=int(raw.get("listen_port", 8080)),
        db_url=str(raw.get("db_url", Settings.db_url)),
        require_mfa=bool(raw.get("require_mfa", True)),
        admin_emails=tuple(raw.get("admin_emails", ())),
    )


SETTINGS = load_settings(os.environ.get("APP_SETTINGS", "/etc/app/settings.json"))
