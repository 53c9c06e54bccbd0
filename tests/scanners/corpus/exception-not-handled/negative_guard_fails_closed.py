"""Negative: the revocation check answers no when its lookup raises, and the caller reports the outage (fails closed)."""
import logging
import sqlite3

log = logging.getLogger(__name__)


def token_is_active(token: str) -> bool:
    try:
        with sqlite3.connect("tokens.db") as db:
            row = db.execute("SELECT revoked FROM tokens WHERE value = ?", (token,)).fetchone()
        return row is not None and not row[0]
    except sqlite3.Error:
        log.exception("token store unavailable")
        return False


def feature_enabled(flags: dict, name: str) -> bool:
    try:
        return bool(flags[name])
    except KeyError:
        return False
