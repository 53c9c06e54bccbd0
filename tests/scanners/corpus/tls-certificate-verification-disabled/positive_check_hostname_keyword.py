"""Positive for tls-certificate-verification-disabled: the client helper is told to skip the host name check."""
from urllib3 import PoolManager


def client():
    return PoolManager(cert_reqs="CERT_REQUIRED", check_hostname=False)
