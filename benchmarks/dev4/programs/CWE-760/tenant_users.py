from argon2 import PasswordHasher
from argon2.exceptions import VerificationError, VerifyMismatchError

_hasher = PasswordHasher(time_cost=3, memory_cost=64 * 1024, parallelism=2)


class TenantUserRepo:
    """Users table access; argon2 embeds a random salt in every hash string."""

    def __init__(self, db):
        self.db = db

    def create(self, tenant_id, email, password):
        encoded = _hasher.hash(password)
        self.db.execute(
            "INSERT INTO users (tenant_id, email, pw_hash) VALUES (%s, %s, %s)",
            (tenant_id, email, encoded),
        )

    def authenticate(self, tenant_id, email, password):
        row = self.db.fetchone(
            "SELECT id, pw_hash FROM users WHERE tenant_id = %s AND email = %s",
            (tenant_id, email),
        )
        if row is None:
            return None
        user_id, encoded = row
        try:
            _hasher.verify(encoded, password)
        except (VerifyMismatchError, VerificationError):
            return None
        if _hasher.check_needs_rehash(encoded):
            self.db.execute("UPDATE users SET pw_hash = %s WHERE id = %s",
                            (_hasher.hash(password), user_id))
        return user_id
