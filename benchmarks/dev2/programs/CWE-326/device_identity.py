from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID


class DeviceIdentity:
    def __init__(self, device_id: str, store: Path):
        self.device_id = device_id
        self.store = store
        self.key = ec.generate_private_key(ec.SECP384R1())

    def csr(self) -> bytes:
        request = (
            x509.CertificateSigningRequestBuilder()
            .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, self.device_id)]))
            .sign(self.key, hashes.SHA384())
        )
        return request.public_bytes(serialization.Encoding.PEM)

    def save_key(self) -> None:
        self.store.mkdir(parents=True, exist_ok=True)
        path = self.store / f"{self.device_id}.key"
        path.write_bytes(
            self.key.private_bytes(
                serialization.Encoding.PEM,
                serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption(),
            )
        )
        path.chmod(0o600)


if __name__ == "__main__":
    ident = DeviceIdentity("sensor-0042", Path("/etc/device"))
    ident.save_key()
    print(ident.csr().decode())
