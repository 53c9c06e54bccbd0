"""A Django-free signup script: the scrypt salt is the login name with a site prefix."""
import hashlib


def register(store, login, secret):
    salt = f"shop-v2/{login}".encode()
    store[login] = hashlib.scrypt(secret.encode(), salt=salt, n=2**14, r=8, p=1).hex()
