import ast
from pathlib import Path

SETTINGS_FILE = Path.home() / ".toolrc"


def load_settings() -> dict:
    settings: dict = {}
    if not SETTINGS_FILE.exists():
        return settings
    for line in SETTINGS_FILE.read_text().splitlines():
        if not line.strip() or line.lstrip().startswith("#") or "=" not in line:
            continue
        key, _, raw = line.partition("=")
        try:
            settings[key.strip()] = ast.literal_eval(raw.strip())
        except (ValueError, SyntaxError):
            settings[key.strip()] = raw.strip()
    return settings


if __name__ == "__main__":
    for k, v in load_settings().items():
        print(f"{k} = {v!r}")
