"""A DH group size comes from a parameter whose default is 1024 bits, used when callers pass nothing."""
from cryptography.hazmat.primitives.asymmetric import dh


def new_group(bits=1024, generator=2):
    return dh.generate_parameters(generator=generator, key_size=bits)
