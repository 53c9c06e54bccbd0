import os

DEFAULTS = {
    "LOG_LEVEL": "INFO",
    "PAGE_SIZE": "50",
}
LOCKED = {
    "ALLOW_SIGNUP": False,
    "ADMIN_EMAILS": ("ops@example.com",),
}


def load_settings():
    settings = {}
    for key, default in DEFAULTS.items():
        settings[key] = os.environ.get("APP_" + key, default)
    settings["PAGE_SIZE"] = min(max(int(settings["PAGE_SIZE"]), 1), 200)
    if settings["LOG_LEVEL"] not in {"DEBUG", "INFO", "WARNING", "ERROR"}:
        settings["LOG_LEVEL"] = "INFO"
    settings.update(LOCKED)
    return settings


if __name__ == "__main__":
    print(load_settings())
