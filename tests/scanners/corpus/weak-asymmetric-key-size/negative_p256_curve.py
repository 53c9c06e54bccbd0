"""Device keys use P-256."""
from cryptography.hazmat.primitives.asymmetric import ec


def device_key():
    return ec.generate_private_key(ec.SECP256R1())
