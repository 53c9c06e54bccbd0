"""Positive example for weak-asymmetric-key-size: the key is made by running openssl genrsa with a 1024-bit modulus."""
import subprocess


def make_tls_key(path):
    subprocess.run(["openssl", "genrsa", "-out", path, "1024"], check=True)
