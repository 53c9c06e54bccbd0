"""The salt helper takes the user name only to log it; the salt itself is random per password."""
import hashlib
import logging
import os

log = logging.getLogger(__name__)


def new_salt(username):
    log.debug("new salt for %s", username)
    return os.urandom(16)


def hash_for(username, password):
    salt = new_salt(username)
    return salt.hex() + ":" + hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 600_000).hex()
