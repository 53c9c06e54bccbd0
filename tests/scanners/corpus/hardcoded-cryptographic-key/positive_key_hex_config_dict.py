from cryptography.fernet import Fernet

CONFIG = {
    "log_level": "info",
    "token_key_b64": "q0Z9yXbV3kP1mT7wR5sN2aL8cF4hJ6dG0eB1uI9oY3A=",
}


def make_box(cfg):
    return Fernet(cfg["token_key_b64"])
