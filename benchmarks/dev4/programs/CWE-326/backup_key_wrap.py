import os

from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.keywrap import aes_key_wrap

KEY_BITS = 3072


def new_recovery_keypair():
    return rsa.generate_private_key(public_exponent=65537, key_size=KEY_BITS)


def wrap_data_key(recovery_public_key, data_key):
    return recovery_public_key.encrypt(
        data_key,
        padding.OAEP(mgf=padding.MGF1(algorithm=hashes.SHA256()),
                     algorithm=hashes.SHA256(), label=None),
    )


def rotate(kek: bytes):
    data_key = os.urandom(32)
    wrapped_local = aes_key_wrap(kek, data_key)
    recovery = new_recovery_keypair()
    wrapped_recovery = wrap_data_key(recovery.public_key(), data_key)
    pem = recovery.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(kek),
    )
    return {"local": wrapped_local, "recovery": wrapped_recovery, "recovery_key_pem": pem}


if __name__ == "__main__":
    bundle = rotate(bytes.fromhex(os.environ["BACKUP_KEK"]))
    print({k: len(v) for k, v in bundle.items()})
