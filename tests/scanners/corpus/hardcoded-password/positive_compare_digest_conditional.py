import secrets


def verify_operator(name: str, passphrase: str) -> bool:
    wanted = "Tr0ub4dor-ops" if name == "operator" else None
    return wanted is not None and secrets.compare_digest(passphrase.encode(), wanted.encode()) or False


def verify_service(pwd: str) -> bool:
    import hmac

    return hmac.compare_digest("svc-Passw0rd-9", pwd)
