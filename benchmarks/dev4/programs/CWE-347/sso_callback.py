import os

import jwt
from jwt import PyJWKClient
from fastapi import FastAPI, HTTPException

app = FastAPI()
ISSUER = os.environ.get("OIDC_ISSUER", "https://login.example.com/")
AUDIENCE = os.environ.get("OIDC_CLIENT_ID", "orders-portal")
jwks = PyJWKClient(ISSUER.rstrip("/") + "/.well-known/jwks.json")


def validate_id_token(id_token: str) -> dict:
    signing_key = jwks.get_signing_key_from_jwt(id_token)
    return jwt.decode(
        id_token,
        signing_key.key,
        algorithms=["RS256"],
        audience=AUDIENCE,
        issuer=ISSUER,
    )


@app.get("/sso/callback")
def callback(id_token: str):
    try:
        claims = validate_id_token(id_token)
    except jwt.PyJWTError as exc:
        raise HTTPException(status_code=401, detail="invalid id token") from exc
    return {"user": claims["sub"], "email": claims.get("email")}
