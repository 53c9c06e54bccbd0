"""A urllib3 pool is created with certificate requirements switched off."""
import urllib3


def pool():
    return urllib3.PoolManager(cert_reqs="CERT_NONE")
