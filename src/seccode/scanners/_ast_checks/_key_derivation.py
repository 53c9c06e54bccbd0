"""Checks on key derivation: salts computed from the user's identity, and cipher keys stretched from a
short PIN or passcode."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from seccode.scanners._ast_checks._check import (
    Check,
    call_name,
    calls,
    dotted,
    functions,
    keyword,
    span,
    walk,
)
from seccode.scanners._finding import Level

_IDENTITY = re.compile(
    r"(?i)^(user(_?name)?|login|e?mail|email_?address|account(_?name)?|uid|user_?id|name|password|passwd|pwd)$"
)
#: calls that only reshape their input (a salt built with them is still the input)
_RESHAPE = {
    "encode", "lower", "upper", "strip", "casefold", "format", "join", "str", "bytes", "digest",
    "hexdigest", "sha256", "sha1", "md5", "sha512", "new", "hex",
}  # fmt: skip


def _last_name(call: ast.Call) -> str:
    """The called function's own name (``encode`` in ``("a" + b).encode()``, which has no dotted name)."""
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""


def _identity_derived(expr: ast.expr, identity: set[str]) -> bool:
    """``expr`` is built only from constants and the names in ``identity`` (``("app:" +
    username.lower()).encode()``, ``sha256(email.encode()).digest()``), and uses at least one of them."""
    used = False
    # hashlib in hashlib.sha256(...): a module or function name, not a value
    callees: set[int] = set()
    for c in walk(expr):
        if isinstance(c, ast.Call):
            root = c.func
            while isinstance(root, ast.Attribute) and isinstance(root.value, ast.Name | ast.Attribute):
                root = root.value
            callees.add(id(root))
    for n in walk(expr):
        if isinstance(n, ast.Name):
            if n.id in identity:
                used = True
            elif id(n) not in callees:
                return False
        elif (isinstance(n, ast.Call) and _last_name(n) not in _RESHAPE) or (
            isinstance(n, ast.Lambda | ast.Await)
            or (isinstance(n, ast.Subscript) and not isinstance(n.slice, ast.Slice))
        ):
            return False
    return used


def _identity_salt_helpers(tree: ast.Module) -> set[str]:
    """Functions that return a salt computed from their user-name/e-mail parameter alone."""
    found: set[str] = set()
    for func in functions(tree):
        identity = {a.arg for a in func.args.args if _IDENTITY.match(a.arg)}
        returns = [r.value for r in walk(func) if isinstance(r, ast.Return) and r.value is not None]
        if identity and returns and all(_identity_derived(r, identity) for r in returns):
            found.add(func.name)
    return found


def _kdf_salt(call: ast.Call) -> ast.expr | None:
    last = _last_name(call)
    if last == "pbkdf2_hmac":
        return call.args[2] if len(call.args) > 2 else keyword(call, "salt")
    if last in {"scrypt", "hash_secret", "hash_secret_raw", "PBKDF2", "PBKDF2HMAC", "Scrypt"}:
        return keyword(call, "salt")
    return None


def _salt_from_identity(tree: ast.Module) -> Iterator[tuple[int, int]]:
    """A password-hash salt computed from the user's name or e-mail, inline, through a local variable,
    or by a helper function of the module: known in advance and the same on every system."""
    kdf_calls = [c for c in calls(tree) if _kdf_salt(c) is not None]
    if not kdf_calls:
        return
    helpers = _identity_salt_helpers(tree)
    seen: set[tuple[int, int]] = set()
    for func in [*functions(tree), tree]:
        identity = {n.id for n in walk(func) if isinstance(n, ast.Name) and _IDENTITY.match(n.id)}
        if isinstance(func, ast.FunctionDef | ast.AsyncFunctionDef):
            identity |= {a.arg for a in func.args.args if _IDENTITY.match(a.arg)}
        derived = {
            n.targets[0].id
            for n in walk(func)
            if isinstance(n, ast.Assign)
            and len(n.targets) == 1
            and isinstance(n.targets[0], ast.Name)
            and _salt_expr(n.value, identity, helpers, set())
        }
        for call in calls(func):
            salt = _kdf_salt(call)
            if salt is not None and _salt_expr(salt, identity, helpers, derived) and span(call) not in seen:
                seen.add(span(call))
                yield span(call)


def _salt_expr(expr: ast.expr, identity: set[str], helpers: set[str], derived: set[str]) -> bool:
    if isinstance(expr, ast.Name):
        return expr.id in derived
    if isinstance(expr, ast.Call):
        name = call_name(expr)
        last = _last_name(expr)
        if last in helpers and (name == last or name.startswith(("self.", "cls."))):
            return True
        if last == "encode" and isinstance(expr.func, ast.Attribute):
            return _salt_expr(expr.func.value, identity, helpers, derived) or _identity_derived(
                expr, identity
            )
    return _identity_derived(expr, identity) and not isinstance(expr, ast.Name)


#: constructors that take a symmetric key (cryptography, PyCryptodome, PyNaCl)
_KEYED_CIPHERS = {
    "Fernet", "AESGCM", "AESGCMSIV", "AESCCM", "AESOCB3", "ChaCha20Poly1305", "SecretBox", "AES",
}  # fmt: skip
_PIN_NAME = re.compile(r"(?i)^(\w+_)?(pin|pincode|pin_code|passcode|unlock_code)s?$")


def _cipher_ctor(call: ast.Call) -> bool:
    name = call_name(call)
    last = name.rsplit(".", 1)[-1]
    owner = name.rsplit(".", 1)[0]
    return last in _KEYED_CIPHERS or (last == "new" and owner.endswith(("AES", "ChaCha20", "DES3")))


def _hashes_pin(func: ast.AST) -> ast.Call | None:
    for call in calls(func):
        name = call_name(call)
        if name.startswith("hashlib.") or name.rsplit(".", 1)[-1] in {"pbkdf2_hmac", "scrypt"}:
            inputs = [*call.args[:2], *(k.value for k in call.keywords if k.arg in {"password", "data"})]
            for arg in inputs:
                if any(
                    isinstance(n, ast.Name | ast.Attribute) and _PIN_NAME.match(dotted(n).rsplit(".", 1)[-1])
                    for n in walk(arg)
                ):
                    return call
    return None


def _key_from_pin(tree: ast.Module) -> Iterator[tuple[int, int]]:
    """A cipher key computed from a short PIN/passcode: a hash (or even a slow KDF) of a 4-6 digit PIN
    has only as many values as the PIN, so every key can be tried."""
    ciphers = [c for c in calls(tree) if _cipher_ctor(c)]
    if not ciphers:
        return
    # functions called (directly or through a variable of the same scope) to produce a cipher's key
    feeding: set[str] = set()
    for func in [*functions(tree), tree]:
        assigned: dict[str, set[str]] = {}
        for node in walk(func):
            if isinstance(node, ast.Assign) and len(node.targets) == 1:
                assigned.setdefault(dotted(node.targets[0]), set()).update(
                    call_name(c).rsplit(".", 1)[-1] for c in walk(node.value) if isinstance(c, ast.Call)
                )
        for c in calls(func):
            if _cipher_ctor(c):
                for arg in [*c.args, *(k.value for k in c.keywords)]:
                    for n in walk(arg):
                        if isinstance(n, ast.Call):
                            feeding.add(call_name(n).rsplit(".", 1)[-1])
                        elif isinstance(n, ast.Name | ast.Attribute):
                            feeding |= assigned.get(dotted(n), set())
    for func in functions(tree):
        hashed = _hashes_pin(func)
        if hashed is not None and (func.name in feeding or any(_cipher_ctor(c) for c in calls(func))):
            yield span(hashed)


CHECKS: tuple[Check, ...] = (
    Check(
        "encryption-key-from-short-pin",
        331,
        Level.HIGH,
        Level.MEDIUM,
        "Insufficient entropy: a symmetric encryption key (Fernet, AES-GCM, ChaCha20-Poly1305, AES.new, "
        "SecretBox) is computed by hashing (or key-stretching) a PIN or passcode, so the key space is only "
        "as large as the PIN's (10,000 keys for 4 digits).",
        "The encryption key is derived from a short PIN/passcode, so it has only a few thousand possible "
        "values and an attacker with the ciphertext tries them all offline. Encrypt with a random key "
        "(os.urandom(32) / Fernet.generate_key()) kept in the OS keyring or wrapped by a key from a long "
        "passphrase through a slow salted KDF (scrypt/argon2), and never let a PIN alone be the key.",
        _key_from_pin,
    ),
    Check(
        "salt-derived-from-identity",
        760,
        Level.HIGH,
        Level.HIGH,
        "Use of a one-way hash with a predictable salt: the salt of a password hash (pbkdf2_hmac, "
        "scrypt, argon2, PBKDF2HMAC) is computed only from the user name or e-mail (and constants), "
        "inline, through a variable or by a helper function of the module.",
        "The password-hash salt is computed from the user name/e-mail, so it is known before any hash "
        "leaks, is the same for the account on every system and after each password reset, and lets "
        "an attacker precompute tables per user. Draw a random salt per password with os.urandom(16) "
        "(or secrets.token_bytes(16)) and store it next to the hash.",
        _salt_from_identity,
    ),
)
