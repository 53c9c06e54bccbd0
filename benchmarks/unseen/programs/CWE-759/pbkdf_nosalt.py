import hashlib
import hmac


class PasswordHasher:
    iterations = 200_000

    def hash(self, password: str) -> str:
        dk = hashlib.pbkdf2_hmac("sha256", password.encode(), b"", self.iterations)
        return dk.hex()

    def verify(self, password: str, stored: str) -> bool:
        return hmac.compare_digest(self.hash(password), stored)


if __name__ == "__main__":
    h = PasswordHasher()
    s = h.hash("correct horse")
    print(s, h.verify("correct horse", s))
