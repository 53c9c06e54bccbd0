import getpass
import os
import subprocess
import sys
import tempfile


class SigningStep:
    """Decrypts the release signing key into scratch space for gpg."""

    def __init__(self):
        self.scratch_root = os.path.join("/tmp", "release-build")
        os.makedirs(self.scratch_root, exist_ok=True)

    def decrypted_key(self, encrypted_key: str) -> str:
        fd, path = tempfile.mkstemp(suffix=".asc", dir=self.scratch_root)
        os.close(fd)
        subprocess.run(
            ["gpg", "--batch", "--yes", "--output", path, "--decrypt", encrypted_key],
            check=True,
        )
        return path

    def sign(self, artifact: str, encrypted_key: str) -> None:
        key_path = self.decrypted_key(encrypted_key)
        try:
            subprocess.run(["gpg", "--import", key_path], check=True)
            subprocess.run(["gpg", "--detach-sign", artifact], check=True)
        finally:
            os.remove(key_path)


if __name__ == "__main__":
    print("signing as", getpass.getuser())
    SigningStep().sign(sys.argv[1], sys.argv[2])
