"""An RSA key helper defaults to 3072 bits."""
from cryptography.hazmat.primitives.asymmetric import rsa


def new_signing_key(bits=3072):
    return rsa.generate_private_key(public_exponent=65537, key_size=bits)
