"""Database settings loaded from Docker/Kubernetes secret files."""
import os
from pathlib import Path

from sqlalchemy import create_engine
from sqlalchemy.engine import URL

SECRETS_DIR = Path(os.environ.get("SECRETS_DIR", "/run/secrets"))


def read_secret(name: str) -> str:
    path = SECRETS_DIR / name
    try:
        return path.read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        raise RuntimeError(f"secret {name!r} not mounted at {path}") from None


def make_engine():
    url = URL.create(
        "postgresql+psycopg2",
        username=os.environ.get("DB_USER", "app"),
        password=read_secret("db_password"),
        host=os.environ.get("DB_HOST", "postgres"),
        port=int(os.environ.get("DB_PORT", "5432")),
        database=os.environ.get("DB_NAME", "app"),
    )
    return create_engine(url, pool_pre_ping=True)
