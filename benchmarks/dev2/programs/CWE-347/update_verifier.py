import sys
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding

VENDOR_KEY = Path("/usr/share/updater/vendor_pub.pem")


def verify_package(package: Path, signature: Path) -> bool:
    public_key = serialization.load_pem_public_key(VENDOR_KEY.read_bytes())
    try:
        public_key.verify(
            signature.read_bytes(),
            package.read_bytes(),
            padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH),
            hashes.SHA256(),
        )
    except InvalidSignature:
        return False
    return True


def install(package: Path) -> None:
    print("installing", package)


if __name__ == "__main__":
    pkg = Path(sys.argv[1])
    sig = pkg.with_suffix(pkg.suffix + ".sig")
    if not verify_package(pkg, sig):
        sys.exit("signature check failed, refusing to install")
    install(pkg)
