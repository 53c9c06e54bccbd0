"""Checks on initialisation vectors and nonces: computed from data (counters, timestamps, hashes of the
message) or drawn once and reused."""

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
    nodes,
    span,
    walk,
)
from seccode.scanners._finding import Level

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


CHECKS: tuple[Check, ...] = (
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
)
