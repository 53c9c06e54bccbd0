from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID


class DeviceIdentity:
    def __init__(self, serial: str):
        self.serial = serial
        self.key = ec.generate_private_key(ec.SECP384R1())

    def csr_pem(self) -> bytes:
        csr = (
            x509.CertificateSigningRequestBuilder()
            .subject_name(x509.Name([
                x509.NameAttribute(NameOID.COMMON_NAME, self.serial),
                x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Example Sensors"),
            ]))
            .sign(self.key, hashes.SHA384())
        )
        return csr.public_bytes(serialization.Encoding.PEM)

    def key_pem(self, passphrase: bytes) -> bytes:
        return self.key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.BestAvailableEncryption(passphrase),
        )
