"""Positive example for weak-asymmetric-key-size: an SSH host key generated with paramiko at 1024 bits, the size taken from a module constant through a parameter default."""
import paramiko

HOST_KEY_BITS = 1024


def provision_host_key(path, bits=HOST_KEY_BITS):
    key = paramiko.RSAKey.generate(bits)
    key.write_private_key_file(path)
    return key.get_fingerprint().hex()
