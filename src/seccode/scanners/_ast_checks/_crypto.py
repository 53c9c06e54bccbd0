"""Checks on cryptographic parameters: asymmetric key sizes and IVs/nonces computed from data or
drawn once and reused."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from seccode.scanners._ast_checks._check import (
    Check,
    call_name,
    calls,
    constant_int,
    dotted,
    functions,
    int_assignments,
    keyword,
    nodes,
    span,
    walk,
)
from seccode.scanners._finding import Level

_SMALL_CURVES = {"SECP192R1", "SECT163K1", "SECT163R2", "SECT193R1", "SECP160R1", "SECP112R1"}


def _parameter_defaults(tree: ast.Module) -> dict[int, dict[str, int]]:
    """id(call) -> the int defaults of the parameters of the function that makes the call
    (``def __init__(self, key_size=512)``: the size used when the caller passes none)."""
    found: dict[int, dict[str, int]] = {}
    module_env = int_assignments(tree)
    for func in functions(tree):
        positional = func.args.posonlyargs + func.args.args
        pairs = list(
            zip(positional[len(positional) - len(func.args.defaults) :], func.args.defaults, strict=True)
        )
        pairs += [
            (a, d) for a, d in zip(func.args.kwonlyargs, func.args.kw_defaults, strict=True) if d is not None
        ]
        defaults = {a.arg: v for a, d in pairs if (v := constant_int(d, module_env)) is not None}
        if defaults:
            for call in calls(func):
                found.setdefault(id(call), {}).update(defaults)
    return found


def _fallback_bits(
    expr: ast.expr | None, env: dict[str, int], attrs: dict[str, list[ast.expr]]
) -> int | None:
    """The smallest size ``expr`` can fall back to: a constant, ``bits or 768``, ``int(os.environ.get(
    "BITS", "768"))`` / ``config.get("bits", 1024)`` (the default a deployment gets when it sets
    nothing), or ``self.bits`` bound so elsewhere in the module."""
    if expr is None:
        return None
    value = constant_int(expr, env)
    if value is not None:
        return value
    found: list[int] = []
    if isinstance(expr, ast.Constant) and isinstance(expr.value, str) and expr.value.strip().isdigit():
        found.append(int(expr.value))
    elif isinstance(expr, ast.BoolOp) and isinstance(expr.op, ast.Or):
        found += [v for e in expr.values if (v := _fallback_bits(e, env, {})) is not None]
    elif isinstance(expr, ast.Call):
        last = call_name(expr).rsplit(".", 1)[-1]
        if last == "int" and expr.args:
            found += [v for v in [_fallback_bits(expr.args[0], env, {})] if v is not None]
        elif last in {"get", "getenv", "getint", "setdefault"} and len(expr.args) >= 2:
            found += [v for v in [_fallback_bits(expr.args[1], env, {})] if v is not None]
        elif last in {"get", "getenv", "getint"} and (
            fb := keyword(expr, "fallback") or keyword(expr, "default")
        ):
            found += [v for v in [_fallback_bits(fb, env, {})] if v is not None]
    elif isinstance(expr, ast.Attribute) and dotted(expr).startswith("self."):
        found += [v for e in attrs.get(dotted(expr), []) if (v := _fallback_bits(e, env, {})) is not None]
    return min(found) if found else None


def _self_attributes(tree: ast.Module) -> dict[str, list[ast.expr]]:
    """``self.x`` -> every value assigned to it in the module."""
    found: dict[str, list[ast.expr]] = {}
    for node in nodes(tree):
        if isinstance(node, ast.Assign):
            for target in node.targets:
                if isinstance(target, ast.Attribute) and dotted(target).startswith("self."):
                    found.setdefault(dotted(target), []).append(node.value)
    return found


def _option_defaults(tree: ast.Module) -> dict[str, list[ast.expr]]:
    """Command-line option defaults: ``add_argument("--bits", type=int, default=768)`` or
    ``click.option("--key-size", default=1024)`` -> {"bits": [768]} / {"key_size": [1024]}."""
    found: dict[str, list[ast.expr]] = {}
    for call in calls(tree):
        if call_name(call).rsplit(".", 1)[-1] not in {"add_argument", "option", "add_option"}:
            continue
        default = keyword(call, "default")
        if default is None:
            continue
        dest = keyword(call, "dest")
        flags = [dest] if dest is not None else call.args
        for flag in flags:
            if isinstance(flag, ast.Constant) and isinstance(flag.value, str):
                found.setdefault(flag.value.lstrip("-").replace("-", "_"), []).append(default)
    return found


def _caller_fallback_bits(
    tree: ast.Module,
    call: ast.Call,
    size: ast.Name | ast.Attribute,
    env: dict[str, int],
    attrs: dict[str, list[ast.expr]],
) -> int | None:
    """The smallest key size reaching ``size`` from outside: a command-line option's default
    (``args.bits`` with ``add_argument("--bits", default=768)``), or, when ``size`` is a parameter of
    the function making the call, what its callers in the module pass (``generate(args.bits)``)."""
    options = _option_defaults(tree)
    if not options:
        return None

    def value(expr: ast.expr | None) -> int | None:
        if isinstance(expr, ast.Attribute) and expr.attr in options:
            sizes = [v for d in options[expr.attr] if (v := _fallback_bits(d, env, attrs)) is not None]
            return min(sizes) if sizes else None
        return _fallback_bits(expr, env, attrs)

    if isinstance(size, ast.Attribute):
        return value(size)
    for func in functions(tree):
        params = [a.arg for a in func.args.posonlyargs + func.args.args]
        if size.id not in params or not any(c is call for c in calls(func)):
            continue
        index = params.index(size.id) - (1 if params[:1] in (["self"], ["cls"]) else 0)
        found: list[int] = []
        for caller in calls(tree):
            if call_name(caller).rsplit(".", 1)[-1] != func.name:
                continue
            arg = keyword(caller, size.id) or (caller.args[index] if 0 <= index < len(caller.args) else None)
            if (v := value(arg)) is not None:
                found.append(v)
        if not found and size.id in options:
            # click: @click.option("--bits", default=1024) fills the parameter of the same name
            found = [v for d in options[size.id] if (v := _fallback_bits(d, env, attrs)) is not None]
        return min(found) if found else None
    return None


def _weak_key_size(tree: ast.Module) -> Iterator[tuple[int, int]]:
    module_env = int_assignments(tree)
    defaults = _parameter_defaults(tree)
    attrs = _self_attributes(tree)
    for call in calls(tree):
        env = {**module_env, **defaults.get(id(call), {})}
        name = call_name(call)
        size: ast.expr | None = None
        if name.endswith(
            ("RSA.generate", "DSA.generate", "ElGamal.generate", "RSAKey.generate", "DSSKey.generate")
        ):
            size = call.args[0] if call.args else keyword(call, "bits")
        elif name.endswith(("generate_private_key", "generate_parameters")):
            size = keyword(call, "key_size")
            if size is None and call.args:
                # rsa.generate_private_key(65537, 2048) / dh.generate_parameters(2, 2048); DSA's key size
                # comes first (dsa.generate_private_key(1024))
                first_is_size = name.endswith("dsa.generate_private_key") or name.endswith(
                    "dsa.generate_parameters"
                )
                size = call.args[0] if first_is_size else call.args[1] if len(call.args) > 1 else None
        elif name.endswith("generate_key") and len(call.args) >= 2 and "TYPE_" in dotted(call.args[0]):
            # pyOpenSSL: pkey.generate_key(crypto.TYPE_RSA, 1024)
            size = call.args[1]
        elif name.endswith(("rsa.newkeys",)) and call.args:
            size = call.args[0]
        bits = constant_int(size, env)
        if bits is None:
            # a fallback too small to be a key size is some other number (a count, an index)
            fallback = _fallback_bits(size, env, attrs)
            if fallback is None and isinstance(size, ast.Name | ast.Attribute):
                fallback = _caller_fallback_bits(tree, call, size, env, attrs)
            bits = fallback if fallback is not None and fallback >= 256 else None
        # elliptic curves under 224 bits give about 96-bit security or less
        small_curve = name.rsplit(".", 1)[-1] in _SMALL_CURVES or (
            name.endswith("ECC.generate")
            and isinstance(curve := keyword(call, "curve"), ast.Constant)
            and str(curve.value).upper().replace("-", "") in {"P192", "PRIME192V1", "SECP192R1"}
        )
        if (bits is not None and bits < 2048) or small_curve:
            yield span(call)
    yield from _weak_key_command(tree)


_KEYGEN_COMMAND = re.compile(
    r"\bssh-keygen\b(?![^\n]*\s-t\s*(?:ed25519|ecdsa|ed25519-sk|ecdsa-sk)\b)[^\n]*?\s-b\s*(\d+)"
    r"|\bgenrsa\b[^\n]*?\s(\d{3,5})\b|rsa_keygen_bits:(\d+)|\bgendh\b[^\n]*?\s(\d{3,5})\b"
)


def _weak_key_command(tree: ast.Module) -> Iterator[tuple[int, int]]:
    """ssh-keygen -b 1024 / openssl genrsa 1024 run as a command (a string or an argument list)."""
    prose = {id(n.value) for n in nodes(tree) if isinstance(n, ast.Expr)}  # docstrings, bare strings
    for node in nodes(tree):
        if id(node) in prose:
            continue
        if isinstance(node, ast.List | ast.Tuple):
            text = " ".join(str(e.value) for e in node.elts if isinstance(e, ast.Constant))
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            text = node.value
        else:
            continue
        if not ("keygen" in text or "genrsa" in text or "gendh" in text):
            continue
        for m in _KEYGEN_COMMAND.finditer(text):
            bits = next(int(g) for g in m.groups() if g)
            if bits < 2048:
                yield span(node)
                break


_RANDOM_BYTES = ("urandom", "token_bytes", "get_random_bytes", "randbytes", "getrandbits", "token_hex")
_HASH_OWNERS = ("hashlib.", "hmac.", "md5", "sha1", "sha256", "sha512", "blake2")


def _computed_iv(expr: ast.expr, names: set[str], producers: set[str]) -> bool:
    """``expr`` computes bytes from data rather than drawing them at random: a hash or HMAC digest
    (sliced or not), an int turned to bytes, or a name / local function bound to one."""
    while isinstance(expr, ast.Subscript):
        expr = expr.value
    if isinstance(expr, ast.Name | ast.Attribute) and not isinstance(expr, ast.Call):
        return dotted(expr) in names
    if not isinstance(expr, ast.Call):
        return False
    name = call_name(expr)
    if any(r in name for r in _RANDOM_BYTES) or any(
        isinstance(c, ast.Call) and any(r in call_name(c) for r in _RANDOM_BYTES) for c in walk(expr)
    ):
        return False
    last = name.rsplit(".", 1)[-1]
    if last in {"digest", "hexdigest"} and name.startswith(_HASH_OWNERS):
        return True
    if last == "fromhex" and expr.args:
        return _computed_iv(expr.args[0], names, producers)
    if last == "to_bytes":
        return True
    # struct.pack(">QQ", 0, counter): a number (a counter, a timestamp, a record id) packed into bytes
    if last == "pack" and name in {"pack", "struct.pack"} and len(expr.args) >= 2:
        return True
    # self._iv_for(record_id) / iv_for(user): a helper of this module that returns a computed value
    return last in producers and (name == last or name.startswith(("self.", "cls.")))


def _computed_names(func: ast.AST, producers: set[str]) -> set[str]:
    found: set[str] = set()
    for _ in range(2):
        for node in walk(func):
            if (
                isinstance(node, ast.Assign)
                and len(node.targets) == 1
                and (isinstance(node.targets[0], ast.Name) or dotted(node.targets[0]).startswith("self."))
                and _computed_iv(node.value, found, producers)
            ):
                found.add(dotted(node.targets[0]))
    return found


def _iv_producers(tree: ast.Module) -> set[str]:
    """Functions whose every return value is computed from their input (a digest of an id...)."""
    producers: set[str] = set()
    for _ in range(2):
        for func in functions(tree):
            names = _computed_names(func, producers)
            returns = [r.value for r in walk(func) if isinstance(r, ast.Return) and r.value is not None]
            if returns and all(_computed_iv(r, names, producers) for r in returns):
                producers.add(func.name)
    return producers


#: cryptography's AEAD classes, whose encrypt(nonce, data, associated_data) takes the nonce per call
_AEAD = {"AESGCM", "AESGCMSIV", "AESCCM", "AESOCB3", "ChaCha20Poly1305"}

_IV_MODES = {
    "CBC": "CBC",
    "CTR": "CTR",
    "OFB": "OFB",
    "CFB": "CFB",
    "CFB8": "CFB",
    "GCM": "GCM",
    "EAX": "EAX",
}


def _cipher_ivs(func: ast.AST) -> Iterator[tuple[str, ast.expr, ast.Call]]:
    """(mode, IV argument, call) of each cipher set up in ``func``."""
    for call in calls(func):
        name = call_name(call)
        last = name.rsplit(".", 1)[-1]
        # cryptography: modes.CBC(iv) / modes.GCM(nonce)
        if last in _IV_MODES and (name == last or name.endswith("modes." + last)):
            arg = (
                call.args[0]
                if call.args
                else keyword(call, "initialization_vector") or keyword(call, "nonce")
            )
            if arg is not None:
                yield _IV_MODES[last], arg, call
        # cryptography AEAD objects: AESGCM(key).encrypt(nonce, data, aad) (also ChaCha20Poly1305,
        # AESCCM, AESOCB3): the nonce is the first of exactly three arguments
        elif last == "encrypt" and isinstance(call.func, ast.Attribute) and len(call.args) == 3:
            yield "GCM", call.args[0], call
        # PyCryptodome: AES.new(key, AES.MODE_CBC, iv) / iv= / nonce=
        elif last == "new" and len(call.args) >= 2:
            mode = dotted(call.args[1]).rsplit(".", 1)[-1]
            if mode.startswith("MODE_") and mode[5:] in _IV_MODES:
                arg = call.args[2] if len(call.args) > 2 else keyword(call, "iv") or keyword(call, "nonce")
                if arg is not None:
                    yield _IV_MODES[mode[5:]], arg, call


def _iv_from_data(tree: ast.Module, *, cbc: bool) -> Iterator[tuple[int, int]]:
    if not any(
        "MODE_" in dotted(n) or dotted(n).startswith("modes.") or dotted(n).rsplit(".", 1)[-1] in _AEAD
        for n in nodes(tree)
        if isinstance(n, ast.Attribute | ast.Name)
    ):
        return
    producers = _iv_producers(tree)
    once = _iv_drawn_once(tree)
    # self.iv = sha256(tenant).digest()[:16] in __init__, used by another method's cipher
    attributes = {n for f in functions(tree) for n in _computed_names(f, producers) if n.startswith("self.")}
    seen: set[tuple[int, int]] = set()
    for func in [*functions(tree), tree]:
        names = _computed_names(func, producers) | attributes
        for mode, arg, call in _cipher_ivs(func):
            reused = func is not tree and getattr(func, "name", "") != "__init__" and dotted(arg) in once
            if (
                (mode == "CBC") == cbc
                and (reused or _computed_iv(arg, names, producers))
                and span(call) not in seen
            ):
                seen.add(span(call))
                yield span(call)


def _random_call(node: ast.expr) -> bool:
    return isinstance(node, ast.Call) and any(r in call_name(node) for r in _RANDOM_BYTES)


def _iv_drawn_once(tree: ast.Module) -> set[str]:
    """IVs drawn at random once and kept (``self.iv = os.urandom(16)`` in __init__, a module-level
    ``IV = get_random_bytes(16)``): every message encrypted later reuses the same IV."""
    found: set[str] = set()
    inits = [f for f in functions(tree) if f.name == "__init__"]
    for scope in [tree, *inits]:
        body = scope.body if isinstance(scope, ast.Module) else list(walk(scope))
        for node in body:
            if isinstance(node, ast.Assign) and _random_call(node.value):
                for target in node.targets:
                    name = dotted(target)
                    if name and re.search(r"(?i)(^|_|\.)(iv|nonce|init_?vector)$", name):
                        found.add(name)
    return found


def _cbc_iv_from_data(tree: ast.Module) -> Iterator[tuple[int, int]]:
    return _iv_from_data(tree, cbc=True)


def _nonce_from_data(tree: ast.Module) -> Iterator[tuple[int, int]]:
    return _iv_from_data(tree, cbc=False)


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
        "cbc-iv-derived-from-data",
        329,
        Level.HIGH,
        Level.HIGH,
        "Generation of predictable IV with CBC mode: the IV is computed from data (a hash or HMAC of a "
        "record/user id, an int turned to bytes), inline, through a variable or a helper function, "
        "or drawn at random only once (in __init__ or at import) and reused, instead of drawn at random "
        "for each message.",
        "The CBC IV is computed from data (e.g. a hash of the record or user id), so it is predictable and "
        "repeats whenever the same item is encrypted again, which leaks equal prefixes and enables chosen-"
        "plaintext attacks. Draw a fresh IV per encryption with os.urandom(16), store it in front of the "
        "ciphertext and read it back when decrypting (or use AES-GCM with a random 12-byte nonce).",
        _cbc_iv_from_data,
    ),
    Check(
        "nonce-derived-from-data",
        1204,
        Level.HIGH,
        Level.HIGH,
        "Generation of weak initialization vector: a CTR/GCM/OFB/CFB/EAX nonce or IV computed from data "
        "(a hash of an id, an int turned to bytes) through a variable or helper, or drawn once and kept, "
        "instead of drawn at random per message, so it repeats.",
        "The nonce/IV is computed from data (e.g. a hash of an id), so it repeats whenever the same item is "
        "encrypted again; with CTR/GCM a repeated nonce exposes the XOR of plaintexts and breaks "
        "authentication. Use a fresh random nonce per message (os.urandom(12) for GCM, 16 for CTR/CBC) "
        "stored with the ciphertext.",
        _nonce_from_data,
    ),
    Check(
        "weak-asymmetric-key-size",
        326,
        Level.HIGH,
        Level.HIGH,
        "Inadequate encryption strength: RSA/DSA/DH keys generated with fewer than 2048 bits (the size "
        "computed from literals, constants and parameter defaults), or EC keys on curves under 224 bits.",
        "The key is generated with fewer than 2048 bits (or on a curve under 224 bits), which can be "
        "factored or broken. Generate RSA/DSA/DH keys of at least 2048 bits (3072 for long-lived keys), "
        "e.g. RSA.generate(3072), or use P-256 / X25519 for elliptic-curve keys.",
        _weak_key_size,
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
