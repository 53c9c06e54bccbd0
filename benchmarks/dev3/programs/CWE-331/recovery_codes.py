import hashlib
import secrets

from fastapi import Depends, FastAPI

from .auth import current_user
from .db import save_recovery_hashes

app = FastAPI()


def generate_codes(count=10):
    """Backup codes the user can type in if they lose their authenticator."""
    return [secrets.token_hex(2) for _ in range(count)]


@app.post("/account/recovery-codes")
def regenerate(user=Depends(current_user)):
    codes = generate_codes()
    save_recovery_hashes(user.id, [hashlib.sha256(c.encode()).hexdigest() for c in codes])
    return {"codes": codes, "note": "each code can be used once to sign in without 2FA"}
