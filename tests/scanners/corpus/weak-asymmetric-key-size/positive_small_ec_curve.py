"""Device keys are generated on the 192-bit P-192 curve, about 96 bits of security."""
from cryptography.hazmat.primitives.asymmetric import ec


def device_key():
    return ec.generate_private_key(ec.SECP192R1())
