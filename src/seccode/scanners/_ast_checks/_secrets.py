"""Hard-coded secrets (CWE-259/321/798): passwords, credentials and keys written into the source, weighed by
the names they are bound to and by the values themselves."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from seccode.scanners._ast_checks._check import (
    Check,
    call_name,
    dotted,
    nodes,
    span,
    walk,
)
from seccode.scanners._finding import Level

_PASSWORD = re.compile(r"(?i)(^|_)(pass(word)?|passwd|pwd|passphrase)s?($|_)|password")
_KEY = re.compile(
    r"(?i)(api_?key|secret|token|access_?key|private_?key|auth_?key|client_?secret|(^|_)key(_?(hex|b64|base64|bytes|raw|material))?$)"
)
_USER = re.compile(r"(?i)^(db_?)?(user(name)?|login|admin)$")
#: environment lookups whose second argument is the value used when the variable is unset
_ENV_GETTERS = frozenset({"os.getenv", "os.environ.get", "environ.get", "getenv", "os.environ.setdefault"})
#: values that hold no secret (empty strings are their own weakness). A template value such as
#: "<your-api-key>" or "changeme" is not in this list: it marks the place in the source where the
#: real secret is to be written, which is the weakness itself.
_PLACEHOLDER = re.compile(r"(?i)^(|-|none|null|\*+|x+|\.\.\.)$")
#: calls that turn a literal into key bytes without adding any secret: "k".encode(), bytes.fromhex(".."),
#: b64decode(".."), or a hash / KDF of a literal (a key derived from a constant is that constant)
_LITERAL_WRAPPERS = re.compile(
    r"(?i)(^|\.)(encode|decode|fromhex|unhexlify|hexlify|a2b_hex|b2a_hex|bytes|bytearray|str|"
    r"(urlsafe_)?b64decode|(urlsafe_)?b64encode|b32decode|b16decode|digest|hexdigest|derive|"
    r"md5|sha1|sha224|sha256|sha384|sha512|sha3_256|sha3_512|blake2b|blake2s|hashlib\.new|pbkdf2_hmac|scrypt)$"
)


def _literal_str(node: ast.AST | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str | bytes):
        value = node.value if isinstance(node.value, str) else node.value.decode("latin-1")
        return value
    return None


def _literal_secret(node: ast.AST | None, depth: int = 0) -> str | None:
    """A literal, or a literal only re-encoded or hashed: ``"k".encode()``, ``bytes.fromhex("..")``,
    ``hashlib.sha256(b"pw").digest()``, ``kdf.derive(b"pw")``; the result is as public as the literal."""
    value = _literal_str(node)
    if value is not None or not isinstance(node, ast.Call) or depth > 4:
        return value
    func = node.func
    if isinstance(func, ast.Attribute) and func.attr in {"encode", "decode", "digest", "hexdigest"}:
        return _literal_secret(func.value, depth + 1)
    name = call_name(node)
    if not _LITERAL_WRAPPERS.search(name):
        return None
    if name == "hashlib.new" and len(node.args) >= 2:  # hashlib.new("sha256", b"pw")
        return _literal_secret(node.args[1], depth + 1)
    if name.rsplit(".", 1)[-1] == "pbkdf2_hmac" and len(node.args) >= 2:
        return _literal_secret(node.args[1], depth + 1)
    return _literal_secret(node.args[0], depth + 1) if node.args else None


#: a file-system location, not a secret:
#: the fallback of SECRETS_FILE = os.getenv("APP_SECRETS", "/run/secrets/app.json")
_LOCATION = re.compile(
    r"^(~|\.{1,2})?/([\w.\-]+/)*[\w.\-]+\.(json|ya?ml|pem|key|crt|cer|txt|env|ini|cfg|conf|toml|der|p12|pfx|jks|"
    r"asc|gpg|db|sqlite3?)$|^/(run|etc|var|opt|home|srv|usr|tmp|mnt|secrets|vault)/[\w.\-/]*$"
)


def _is_secret_value(value: str) -> bool:
    value = value.strip()
    if _PLACEHOLDER.match(value) or _LOCATION.match(value):
        return False
    return " " not in value and len(value) <= 200


#: the last word of a name that describes a secret without holding it: TOKEN_TYPE = "Bearer",
#: token_endpoint_auth_method = "client_secret_post", API_KEY_HEADER = "X-API-Key", KEY_FILE = "key.pem"
_DESCRIPTOR = re.compile(
    r"(?i)(^|_)(types?|hint|methods?|paths?|urls?|uri|endpoint|names?|fields?|headers?|kind|format|prefix|"
    r"suffix|scope|pattern|regex|re|label|length|len|size|count|file(name)?|dir|env|var|index|idx|attr|"
    r"param|style|mode|cls|class|ids?|alg(orithm)?|location|expiry|ttl|timeout|lifetime|age|prompt)$"
)
#: names that only ever hold a secret; a bare "key" or "X_KEY" is as often a dict key or a cache key
_STRONG_SECRET = re.compile(
    r"(?i)(api_?key|secret|private_?key|access_?key|auth_?key|"
    r"(signing|encryption|crypt|crypto|fernet|aes|hmac|jwt|master|session|app|license|shared|ssh|cipher|"
    r"mac|sign|enc|dec|des|rsa)_?key|(api|access|auth|bearer|refresh|session|csrf|github|slack|bot|oauth|"
    r"id|personal)_?token|^token$)"
)
#: a literal that reads as a template for a credential: "<your-api-key>", "YOUR_TOKEN_HERE", "changeme"
_TEMPLATE = re.compile(r"(?i)(your|key|token|secret|passw|changeme|placeholder|here|xxx|<|\{)")


def _token_like(value: str) -> bool:
    """Could this literal be a key or token? Key material mixes letters and digits (hex, base64, a
    vendor token) or is a credential template; "DNS", "xwr" and "starlette.max_body_size" are not."""
    value = value.strip()
    if _TEMPLATE.search(value):
        return True
    letters, digits = any(c.isalpha() for c in value), any(c.isdigit() for c in value)
    return len(value) >= 12 and letters and digits and not value.startswith(("/", "http"))


def _names_secret(name: str, name_re: re.Pattern[str], value: str) -> bool:
    """``name`` holds the secret literal ``value``: it matches ``name_re``, is no descriptor of a secret
    (a type, header, path or file name), and, unless it is a name that only holds secrets, the value
    itself looks like key material."""
    header = "-" in name  # header names: "X-Api-Key", "X-Auth-Token"
    name = name.replace("-", "_")
    if not name_re.search(name) or _DESCRIPTOR.search(name) or not _is_secret_value(value):
        return False
    if header:
        return _token_like(value)  # "X-Api-Key-Version": "2" is no key
    if name_re is _KEY and not _STRONG_SECRET.search(name):
        return _token_like(value)
    return True


def _target_names(node: ast.Assign | ast.AnnAssign) -> list[str]:
    targets = node.targets if isinstance(node, ast.Assign) else [node.target]
    names: list[str] = []
    for target in targets:
        if isinstance(target, ast.Subscript):
            key = _literal_str(target.slice)
            if key is not None:
                names.append(key)
        else:
            name = dotted(target)
            if name:
                names.append(name.rsplit(".", 1)[-1])
    return names


def _bound_literals(tree: ast.Module) -> dict[str, str]:
    """Plain names bound exactly once in the module, to a literal or to a conditional whose only literal
    branch is a string: ``expected = "s3cret" if user == ADMIN else None``."""
    bound: dict[str, str | None] = {}
    for node in nodes(tree):
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            name, value = node.targets[0].id, node.value
            literal = _literal_secret(value)
            if literal is None and isinstance(value, ast.IfExp):
                branches = [_literal_str(b) for b in (value.body, value.orelse)]
                strings = [b for b in branches if b is not None]
                literal = strings[0] if len(strings) == 1 else None
            bound[name] = None if name in bound else literal
    return {k: v for k, v in bound.items() if v is not None}


def _compared_literal(node: ast.AST, bound: dict[str, str]) -> str | None:
    value = _literal_str(node)
    if value is None and isinstance(node, ast.Name):
        value = bound.get(node.id)
    return value


def _side_name(side: ast.AST) -> str:
    if isinstance(side, ast.Subscript):
        return _literal_str(side.slice) or ""
    name = dotted(side)
    return name.rsplit(".", 1)[-1] if name else ""


def _secret_literals(tree: ast.Module, name_re: re.Pattern[str]) -> Iterator[tuple[int, int]]:
    """Literals bound to (or compared with, or passed as) a name matching ``name_re``."""
    bound: dict[str, str] | None = None
    for node in nodes(tree):
        if (
            isinstance(node, ast.Call)
            and len(node.args) == 2
            and call_name(node).rsplit(".", 1)[-1] == "compare_digest"
        ):
            # a constant-time comparison with a literal is still a literal password:
            # hmac.compare_digest(password, "s3cret"), or with a name bound once to a literal
            if bound is None:
                bound = _bound_literals(tree)
            a, b = node.args
            for side, other in ((a, b), (b, a)):
                literal, holder = _compared_literal(other, bound), _side_name(side)
                if literal is not None and holder and _names_secret(holder, name_re, literal):
                    yield span(node)
                    break
        if isinstance(node, ast.Assign | ast.AnnAssign):
            value = _literal_secret(node.value)
            if value is not None and any(_names_secret(n, name_re, value) for n in _target_names(node)):
                yield span(node)
        elif isinstance(node, ast.Call):
            # a literal fallback for a secret read from the environment: os.getenv("DB_PASSWORD", "s3cret")
            if call_name(node) in _ENV_GETTERS and len(node.args) >= 2:
                name, fallback = _literal_str(node.args[0]), _literal_secret(node.args[1])
                if name and fallback is not None and _names_secret(name, name_re, fallback):
                    yield span(node)
            for kw in node.keywords:
                value = _literal_secret(kw.value)
                if kw.arg and value is not None and _names_secret(kw.arg, name_re, value):
                    yield span(node)
        elif (
            isinstance(node, ast.Compare)
            and len(node.ops) == 1
            and isinstance(node.ops[0], ast.Eq | ast.NotEq)
        ):
            left, right = node.left, node.comparators[0]
            for side, other in ((left, right), (right, left)):
                value = _literal_str(other)
                name = dotted(side).rsplit(".", 1)[-1] if dotted(side) else ""
                if isinstance(side, ast.Subscript):
                    name = _literal_str(side.slice) or ""
                if value is not None and name and _names_secret(name, name_re, value):
                    yield span(node)
        elif isinstance(node, ast.Dict):
            for key, val in zip(node.keys, node.values, strict=True):
                k, v = _literal_str(key), _literal_secret(val)
                if k is not None and v is not None and _names_secret(k, name_re, v):
                    yield span(val)
                elif (
                    name_re is _KEY
                    and k is not None
                    and re.match(r"(?i)^(proxy-)?authori[sz]ation$", k)
                    and v is not None
                    and (m := re.match(r"(?i)^(bearer|token|bot|apikey|key)\s+(\S+)$", v.strip()))
                    and _token_like(m.group(2))
                ):
                    # a literal bearer token in a header: {"Authorization": "Bearer sk_live_..."}
                    yield span(val)
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
            # a literal default of a secret-named parameter: def connect(password="s3cret")
            args = node.args
            positional = [*args.posonlyargs, *args.args]
            pairs = list(zip(positional[len(positional) - len(args.defaults) :], args.defaults, strict=True))
            pairs += [(a, d) for a, d in zip(args.kwonlyargs, args.kw_defaults, strict=True) if d is not None]
            for arg, default in pairs:
                value = _literal_secret(default)
                if value is not None and _names_secret(arg.arg, name_re, value):
                    yield span(default)


def _secret_getters(tree: ast.Module, name_re: re.Pattern[str]) -> Iterator[tuple[int, int]]:
    """Parameterless functions named for a secret that return a literal: ``def admin_password():
    return "s3cret"`` hard-codes the value as surely as an assignment does."""
    for node in nodes(tree):
        if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) or not name_re.search(node.name):
            continue
        if node.args.args or node.args.posonlyargs or node.args.kwonlyargs or node.args.vararg:
            continue
        for stmt in walk(node):
            if isinstance(stmt, ast.Return):
                value = _literal_secret(stmt.value)
                if value is not None and _is_secret_value(value):
                    yield span(stmt)


def _hardcoded_password(tree: ast.Module) -> Iterator[tuple[int, int]]:
    yield from _secret_literals(tree, _PASSWORD)
    yield from _secret_getters(tree, _PASSWORD)


def _hardcoded_credentials(tree: ast.Module) -> Iterator[tuple[int, int]]:
    yield from _secret_literals(tree, _PASSWORD)
    yield from _secret_getters(tree, _PASSWORD)
    yield from _secret_literals(tree, _KEY)
    # a user name literal paired with a password literal in one connect()/login() call
    for node in nodes(tree):
        if isinstance(node, ast.Call) and len(node.args) >= 2:
            literals = [a for a in node.args if _literal_str(a)]
            name = call_name(node).rsplit(".", 1)[-1].lower()
            if len(literals) >= 2 and name in {"connect", "login", "ftp", "smtp", "authenticate", "client"}:
                yield span(node)


#: constructors and calls whose first argument is a symmetric key (or MAC / signing key)
_KEY_FIRST_ARG = re.compile(
    r"(^|\.)(Fernet|AESGCM|AESCCM|AESOCB3|AESSIV|ChaCha20Poly1305|SecretBox|HMAC|"
    r"algorithms\.(AES|AES128|AES256|ChaCha20|Camellia|SM4|TripleDES|Blowfish|CAST5)|"
    r"(AES|DES|DES3|ARC2|ARC4|Blowfish|CAST|ChaCha20|ChaCha20_Poly1305|Salsa20)\.new|hmac\.new|hmac\.digest)$"
)
#: calls whose second argument (or key=) is the signing key: jwt.encode(payload, key)
_KEY_SECOND_ARG = re.compile(r"(^|\.)(jwt\.encode|jwt\.decode|itsdangerous\.\w+|Serializer|Signer)$")


def _literal_names(tree: ast.Module) -> dict[str, str]:
    """Names bound exactly once, to a literal (or a re-encoded / hashed literal), anywhere in the module."""
    bound: dict[str, str | None] = {}
    for node in nodes(tree):
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            name = node.targets[0].id
            bound[name] = None if name in bound else _literal_secret(node.value)
    return {k: v for k, v in bound.items() if v is not None}


def _hardcoded_key(tree: ast.Module) -> Iterator[tuple[int, int]]:
    yield from _secret_literals(tree, _KEY)
    literals = _literal_names(tree)

    def literal_key(arg: ast.expr | None) -> bool:
        value = _literal_secret(arg)
        if value is None and isinstance(arg, ast.Name):
            value = literals.get(arg.id)
        return value is not None and _is_secret_value(value)

    for node in nodes(tree):
        if not isinstance(node, ast.Call):
            continue
        callee = call_name(node)
        # a cipher, MAC or token signer keyed with a literal: AES.new(b"0123...", ...), Fernet(KEY)
        if _KEY_FIRST_ARG.search(callee) and node.args and literal_key(node.args[0]):
            yield span(node)
            continue
        if _KEY_SECOND_ARG.search(callee):
            key = node.args[1] if len(node.args) >= 2 else None
            for kw in node.keywords:
                if kw.arg in {"key", "secret_key", "secret"}:
                    key = kw.value
            if literal_key(key):
                yield span(node)
                continue
        # a client constructed with a literal token as a positional argument: Canvas(url, "token")
        last = _literal_secret(node.args[-1]) if node.args else None
        short = callee.rsplit(".", 1)[-1]
        if (
            last is not None
            and len(node.args) >= 2
            and short[:1].isupper()
            and _is_secret_value(last)
            and _token_like(last)
        ):
            yield span(node)


CHECKS: tuple[Check, ...] = (
    Check(
        id="hardcoded-password",
        cwe=259,
        severity=Level.HIGH,
        confidence=Level.MEDIUM,
        description=(
            "Use of a hard-coded password: a string literal is bound to, compared with or passed as a "
            "password-named variable, argument or key."
        ),
        message=(
            "A password is written into the code (assigned, compared or passed as a literal). Anyone with "
            "the code knows it and it cannot be changed without a release. Read it from the environment or "
            "a secret store and compare stored salted hashes, not literals."
        ),
        body=_hardcoded_password,
    ),
    Check(
        id="hardcoded-credentials",
        cwe=798,
        severity=Level.HIGH,
        confidence=Level.MEDIUM,
        description=(
            "Use of hard-coded credentials: literal passwords, tokens or keys, or a literal user/password "
            "pair passed to a connect/login call."
        ),
        message=(
            "Credentials (password, token or key) are hard-coded. Move them out of the source: read them "
            "from environment variables or a secret manager at run time, and rotate the exposed ones."
        ),
        body=_hardcoded_credentials,
    ),
    Check(
        id="hardcoded-cryptographic-key",
        cwe=321,
        severity=Level.HIGH,
        confidence=Level.MEDIUM,
        description=(
            "Use of a hard-coded cryptographic key or API token: a literal bound to a key/secret/token name "
            "or handed to a client constructor."
        ),
        message=(
            "A cryptographic key or API token is a literal in the code, so everyone with the code can use "
            "it. Load keys from the environment or a key store (os.environ['API_KEY']), never commit them."
        ),
        body=_hardcoded_key,
    ),
)
