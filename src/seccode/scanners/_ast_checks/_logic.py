"""Checks on program logic: identity comparisons, duplicate keys, regex shapes, key sizes."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from seccode.scanners._ast_checks._check import (
    FUNCS,
    Check,
    call_name,
    calls,
    constant_int,
    dotted,
    functions,
    int_assignments,
    keyword,
    names_in,
    nodes,
    span,
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
        isinstance(c, ast.Call) and any(r in call_name(c) for r in _RANDOM_BYTES) for c in ast.walk(expr)
    ):
        return False
    last = name.rsplit(".", 1)[-1]
    if last in {"digest", "hexdigest"} and name.startswith(_HASH_OWNERS):
        return True
    if last == "fromhex" and expr.args:
        return _computed_iv(expr.args[0], names, producers)
    if last == "to_bytes":
        return True
    # self._iv_for(record_id) / iv_for(user): a helper of this module that returns a computed value
    return last in producers and (name == last or name.startswith(("self.", "cls.")))


def _computed_names(func: ast.AST, producers: set[str]) -> set[str]:
    found: set[str] = set()
    for _ in range(2):
        for node in ast.walk(func):
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
            returns = [r.value for r in ast.walk(func) if isinstance(r, ast.Return) and r.value is not None]
            if returns and all(_computed_iv(r, names, producers) for r in returns):
                producers.add(func.name)
    return producers


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
        # PyCryptodome: AES.new(key, AES.MODE_CBC, iv) / iv= / nonce=
        elif last == "new" and len(call.args) >= 2:
            mode = dotted(call.args[1]).rsplit(".", 1)[-1]
            if mode.startswith("MODE_") and mode[5:] in _IV_MODES:
                arg = call.args[2] if len(call.args) > 2 else keyword(call, "iv") or keyword(call, "nonce")
                if arg is not None:
                    yield _IV_MODES[mode[5:]], arg, call


def _iv_from_data(tree: ast.Module, *, cbc: bool) -> Iterator[tuple[int, int]]:
    if not any(
        "MODE_" in dotted(n) or dotted(n).startswith("modes.")
        for n in nodes(tree)
        if isinstance(n, ast.Attribute)
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
        body = scope.body if isinstance(scope, ast.Module) else list(ast.walk(scope))
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


# an unbounded quantifier (+, *, {n,}) inside a group that is itself repeated without bound; bounded
# repetition such as \d{1,3}(\.\d{1,3}){3} backtracks only a fixed amount
_NESTED_QUANTIFIER = re.compile(r"\((?:\?:)?[^()]*(?:[+*]|\{\d*,\})[^()]*\)\s*(?:[+*]|\{\d*,\})")
# (\w|\d)+: two alternatives that match the same character, repeated
_OVERLAPPING_ALTERNATION = re.compile(
    r"\((?:\?:)?(?:(?:\\[wS]|\.)\|(?:\\[dw]|\[[^\]]+\]|[A-Za-z0-9])|(?:\\d|\[[^\]]+\]|[A-Za-z0-9])\|(?:\\[wS]|\.))\)\s*[+*]"
)


_ALTERNATION_STAR = re.compile(r"\((?:\?:)?([^()|]+)\|\1[^()]*\)\s*[+*]")


_ADJACENT_UNBOUNDED = re.compile(
    r"(\\d|\\w|\.|\[[^\]]+\])[+*]\??(?:\\?[A-Za-z.]\?)?(\\d|\\w|\.|\[[^\]]+\])[+*]"
)


_SEPARATED_GROUP = re.compile(
    r"\((?:\?:)?(\\[^\w\s]|[^\\\[\](){}|.*+?^$])?([^()]*?)(\\[^\w\s]|[^\\\[\](){}|.*+?^$])?\)"
)


_REGEX_ATOM = re.compile(r"\[\^?\]?(?:\\.|[^\]])*\]|\\.|.")


def _matches_char(part: str, char: str) -> bool:
    """Whether some atom (class, escape, wildcard or literal) of regex text ``part`` can match ``char``."""
    for atom in _REGEX_ATOM.findall(part):
        if atom in "?*+{}0123456789,|" and len(atom) == 1 and not atom.isalnum():
            continue
        try:
            if re.fullmatch(atom, char, re.DOTALL if atom == "." else 0):
                return True
        except re.error:
            return True
    return False


def _separated_repetition(group: str) -> bool:
    """A repeated group that starts or ends with a literal separator its other items cannot match
    ((?:\\.[a-z]+)*, ([a-z]+,)*): each repetition is split at that character, so it is linear."""
    m = _SEPARATED_GROUP.fullmatch(group)
    if m is None:
        return False
    lead, body, tail = m.groups()
    for sep, rest in ((lead, body + (tail or "")), (tail, (lead or "") + body)):
        if sep is not None and rest and rest[0] not in "?*+{" and not _matches_char(rest, sep[-1]):
            return True
    return False


def _nested_quantifier(text: str) -> bool:
    return any(
        not _separated_repetition(m.group(0)[: m.group(0).rindex(")") + 1])
        for m in _NESTED_QUANTIFIER.finditer(text)
    )


_REGEX_CALLS = ("compile", "match", "search", "fullmatch", "findall", "finditer", "sub", "subn", "split")


def _string_constants(tree: ast.Module) -> dict[str, str]:
    """Names bound to one string literal (``PATTERN = r"..."``) and never to anything else."""
    values: dict[str, set[str | None]] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign | ast.AnnAssign | ast.AugAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            value = node.value
            literal = (
                value.value
                if isinstance(node, ast.Assign | ast.AnnAssign)
                and isinstance(value, ast.Constant)
                and isinstance(value.value, str)
                else None
            )
            for target in targets:
                if isinstance(target, ast.Name):
                    values.setdefault(target.id, set()).add(literal)
    return {k: lit for k, v in values.items() if len(v) == 1 for lit in v if lit is not None}


def _redos_pattern(tree: ast.Module) -> Iterator[tuple[int, int]]:
    constants = _string_constants(tree)
    for call in calls(tree):
        name = call_name(call)
        if not (name.startswith("re.") and name.split(".")[-1] in _REGEX_CALLS) or not call.args:
            continue
        pattern = call.args[0]
        # a pattern kept in a variable first (pattern = r"..."; re.match(pattern, s)) is the same literal
        text = (
            pattern.value
            if isinstance(pattern, ast.Constant) and isinstance(pattern.value, str)
            else constants.get(pattern.id)
            if isinstance(pattern, ast.Name)
            else None
        )
        if text is not None and (
            _nested_quantifier(text)
            or _ALTERNATION_STAR.search(text)
            or _OVERLAPPING_ALTERNATION.search(text)
            or _ADJACENT_UNBOUNDED.search(text)
        ):
            yield span(call)


_WEB_INPUT = re.compile(
    r"(^|\.)(get_argument|get_arguments|get_query_argument|get_body_argument|query_params|path_params"
    r"|get_json)$|(^|\.)request\.(args|form|values|GET|POST|json|query|rel_url|match_info|data)(\.|$)"
)


def _assembled(expr: ast.expr | None) -> bool:
    """``expr`` splices non-literal values into text: ``"|".join(words)``, ``"(" + term + ")"``,
    ``f"\\b{word}\\b"`` or ``"...{}".format(term)``."""
    if isinstance(expr, ast.Call) and isinstance(expr.func, ast.Attribute):
        if (
            expr.func.attr == "join"
            and expr.args
            and not isinstance(expr.args[0], ast.List | ast.Tuple | ast.Constant)
        ):
            return True
        if expr.func.attr == "format" and isinstance(expr.func.value, ast.Constant):
            return any(not isinstance(a, ast.Constant) for a in expr.args)
    if isinstance(expr, ast.JoinedStr | ast.BinOp):
        parts = _url_parts(expr)
        return any(isinstance(p, ast.Name | ast.Attribute | ast.Call | ast.Subscript) for p in parts)
    return False


def _regex_from_unescaped_input(tree: ast.Module) -> Iterator[tuple[int, int]]:
    """A web handler splices values into a regular expression (joined words, an f-string, a method
    that builds the pattern) and nothing in the module escapes them with re.escape."""
    names = [call_name(c) for c in calls(tree)]
    if any(n in {"re.escape", "regex.escape", "escape"} for n in names):
        return
    if not any(_WEB_INPUT.search(dotted(n)) for n in nodes(tree) if isinstance(n, ast.Attribute | ast.Call)):
        return
    # functions (methods) whose return value is an assembled pattern
    builders = {
        f.name
        for f in functions(tree)
        if any(isinstance(r, ast.Return) and _assembled(r.value) for r in ast.walk(f))
    }
    for func in [*functions(tree), tree]:
        local = {
            dotted(t)
            for n in ast.walk(func)
            if isinstance(n, ast.Assign) and _assembled(n.value)
            for t in n.targets
        }
        for call in calls(func):
            name = call_name(call)
            if not (name.startswith("re.") and name.rsplit(".", 1)[-1] in _REGEX_CALLS) or not call.args:
                continue
            pattern = call.args[0]
            if (
                _assembled(pattern)
                or (isinstance(pattern, ast.Name | ast.Attribute) and dotted(pattern) in local)
                or (isinstance(pattern, ast.Call) and call_name(pattern).rsplit(".", 1)[-1] in builders)
            ):
                yield span(call)


def _literal(node: ast.expr) -> bool:
    """A str/bytes/number literal: objects whose identity Python does not promise (None/True/False do)."""
    return (
        isinstance(node, ast.Constant)
        and isinstance(node.value, str | bytes | int | float)
        and not isinstance(node.value, bool)
    )


_VALUE_CALLS = {
    "str", "int", "float", "input", "hexdigest", "decode", "strip", "lower", "upper", "format", "join",
    "read", "readline", "getenv", "get", "encode", "digest",
}  # fmt: skip


def _value_names(func: ast.AST) -> set[str]:
    """Names bound to a str/bytes/number value: a literal, an f-string, a str/number-producing call, or
    a parameter annotated str/int/bytes/float."""
    found: set[str] = set()
    if isinstance(func, FUNCS):
        found |= {
            a.arg
            for a in func.args.args + func.args.kwonlyargs
            if a.annotation is not None and dotted(a.annotation) in {"str", "int", "bytes", "float"}
        }
    for n in ast.walk(func):
        if isinstance(n, ast.Assign) and len(n.targets) == 1 and isinstance(n.targets[0], ast.Name):
            v = n.value
            if (
                _literal(v)
                or isinstance(v, ast.JoinedStr)
                or (isinstance(v, ast.Call) and call_name(v).rsplit(".", 1)[-1] in _VALUE_CALLS)
            ):
                found.add(n.targets[0].id)
    return found


#: methods and builtins that return a new str/bytes/number object
_STRING_CALLS = {
    "str", "int", "float", "hexdigest", "decode", "strip", "lower", "upper", "format", "join", "encode",
    "digest", "rstrip", "lstrip", "replace", "casefold", "title", "capitalize", "hex", "b64encode",
    "b64decode", "urlsafe_b64encode", "input",
}  # fmt: skip


_SENTINEL = re.compile(r"(?i)(sentinel|missing|unset|notset|^_?default$|^_?marker$|^_?nothing$)")


def _sentinels(tree: ast.Module) -> set[str]:
    """Names bound to a bare object() (or named like a sentinel): identity is how they are compared."""
    found = {n.id for n in nodes(tree) if isinstance(n, ast.Name) and _SENTINEL.search(n.id)}
    for n in nodes(tree):
        if (
            isinstance(n, ast.Assign)
            and isinstance(n.value, ast.Call)
            and call_name(n.value) == "object"
            and not n.value.args
        ):
            found |= {dotted(t) for t in n.targets}
    return found


def _object_reference_compare(tree: ast.Module) -> Iterator[tuple[int, int]]:
    name_identity = any(
        isinstance(n, ast.Compare)
        and isinstance(n.left, ast.Name)
        and any(isinstance(o, ast.Is | ast.IsNot) for o in n.ops)
        and isinstance(n.comparators[0], ast.Name)
        for n in nodes(tree)
    )
    sentinels = _sentinels(tree) if name_identity else set()
    for func in functions(tree) if name_identity else ():
        values = _value_names(func) - sentinels
        for node in ast.walk(func):
            # token is expected: two strings compared by identity, not by content
            if (
                isinstance(node, ast.Compare)
                and len(node.ops) == 1
                and isinstance(node.ops[0], ast.Is | ast.IsNot)
                and isinstance(node.left, ast.Name)
                and isinstance(node.comparators[0], ast.Name)
                and {node.left.id, node.comparators[0].id} & values
                and not {node.left.id, node.comparators[0].id} & sentinels
            ):
                yield span(node)
    # module-level names bound to one str/bytes/number literal (ADMIN_ROLE = "administrator")
    module_constants = {
        t.id
        for stmt in tree.body
        if isinstance(stmt, ast.Assign) and _literal(stmt.value)
        for t in stmt.targets
        if isinstance(t, ast.Name) and not _SENTINEL.search(t.id)
    }
    for node in nodes(tree):
        # x is "admin" / x is not 0: identity against a literal depends on interning, not on the content;
        # likewise against a string constant, or a string a call just computed (key.strip().upper(),
        # digest.hexdigest()): a fresh object is never the same object as the expected value
        if (
            isinstance(node, ast.Compare)
            and any(isinstance(o, ast.Is | ast.IsNot) for o in node.ops)
            and any(
                _literal(x)
                or (isinstance(x, ast.Name) and x.id in module_constants)
                or (isinstance(x, ast.Call) and call_name(x).rsplit(".", 1)[-1] in _STRING_CALLS)
                for x in [node.left, *node.comparators]
            )
            and not any(
                isinstance(x, ast.Constant) and (x.value is None or isinstance(x.value, bool))
                for x in [node.left, *node.comparators]
            )
        ):
            yield span(node)
    defines_eq = any(isinstance(n, FUNCS) and n.name == "__eq__" for n in nodes(tree))
    for func in functions(tree):
        params = {a.arg for a in func.args.args} - {"self", "cls"}
        for node in ast.walk(func):
            if isinstance(node, ast.Compare) and len(node.ops) == 1:
                left, right = node.left, node.comparators[0]
                if not (isinstance(left, ast.Name) and isinstance(right, ast.Name)):
                    continue
                identity = isinstance(node.ops[0], ast.Is | ast.IsNot) or (
                    isinstance(node.ops[0], ast.Eq | ast.NotEq) and not defines_eq
                )
                if {left.id, right.id} <= params and left.id != right.id and identity:
                    yield span(node)


def _first_match_loop(loop: ast.AST) -> bool:
    """``for k, v in pairs: if k == name: return v`` (or break): the first pair with the key wins."""
    if not (
        isinstance(loop, ast.For)
        and isinstance(loop.target, ast.Tuple)
        and len(loop.target.elts) == 2
        and all(isinstance(e, ast.Name) for e in loop.target.elts)
    ):
        return False
    key = loop.target.elts[0].id if isinstance(loop.target.elts[0], ast.Name) else ""
    return any(
        isinstance(stmt, ast.If)
        and key in names_in(stmt.test)
        and any(isinstance(n, ast.Compare) for n in ast.walk(stmt.test))
        and any(isinstance(r, ast.Return | ast.Break) for r in ast.walk(stmt))
        for stmt in loop.body
    )


def _pair_lookups(tree: ast.Module) -> set[str]:
    """Functions whose first parameter is scanned for the first pair with a key."""
    found: set[str] = set()
    for func in functions(tree):
        params = [a.arg for a in func.args.args if a.arg not in {"self", "cls"}]
        if params and any(
            _first_match_loop(n) and isinstance(n, ast.For) and dotted(n.iter) == params[0]
            for n in ast.walk(func)
        ):
            found.add(func.name)
    return found


def _first_match_owners(func: ast.AST, lookups: set[str]) -> set[str]:
    """Lists read first-match in ``func``: passed to a pair-lookup helper, scanned by a loop that stops
    at the key, or searched with next(v for k, v in pairs if k == ...)."""
    owners: set[str] = set()
    for node in ast.walk(func):
        if isinstance(node, ast.Call) and call_name(node).rsplit(".", 1)[-1] in lookups and node.args:
            owners.add(dotted(node.args[0]))
        elif isinstance(node, ast.For) and _first_match_loop(node):
            owners.add(dotted(node.iter))
        elif (
            isinstance(node, ast.Call)
            and call_name(node) == "next"
            and node.args
            and isinstance(node.args[0], ast.GeneratorExp)
            and any(g.ifs for g in node.args[0].generators)
        ):
            owners |= {dotted(g.iter) for g in node.args[0].generators}
    return owners - {""}


def _constant_key_pair(node: ast.expr) -> bool:
    return (
        isinstance(node, ast.Tuple)
        and len(node.elts) == 2
        and isinstance(node.elts[0], ast.Constant)
        and isinstance(node.elts[0].value, str)
    )


def _repeated_literal_key(node: ast.AST) -> bool:
    """A list/tuple literal of (constant key, value) pairs in which some key occurs twice."""
    if not (isinstance(node, ast.List | ast.Tuple) and len(node.elts) >= 2):
        return False
    if not all(
        isinstance(e, ast.Tuple | ast.List) and len(e.elts) == 2 and isinstance(e.elts[0], ast.Constant)
        for e in node.elts
    ):
        return False
    keys = [ast.dump(e.elts[0]) for e in node.elts if isinstance(e, ast.Tuple | ast.List)]
    return len(keys) != len(set(keys))


_MAPPING_BUILDERS = {"dict", "OrderedDict", "update", "fromkeys", "MappingProxyType", "defaultdict"}


def _literal_pairs_to_mapping(tree: ast.Module) -> Iterator[tuple[int, int]]:
    """A literal list of pairs with a repeated key turned into a mapping (dict(PAIRS), {k: v for k, v in
    PAIRS}, d.update(PAIRS)): the mapping silently keeps only the last value of the key, so one of the
    two entries - often a more specific or more restrictive one - is dropped without a word."""
    repeated: dict[str, ast.AST] = {}
    for node in nodes(tree):
        if isinstance(node, ast.Assign) and _repeated_literal_key(node.value):
            for target in node.targets:
                if isinstance(target, ast.Name | ast.Attribute):
                    repeated[dotted(target)] = node.value
    for node in nodes(tree):
        source: ast.expr | None = None
        if (
            isinstance(node, ast.Call)
            and call_name(node).rsplit(".", 1)[-1] in _MAPPING_BUILDERS
            and node.args
        ):
            source = node.args[-1] if call_name(node).endswith("defaultdict") else node.args[0]
        elif isinstance(node, ast.DictComp) and len(node.generators) == 1:
            source = node.generators[0].iter
        if source is None:
            continue
        if _repeated_literal_key(source):
            yield span(source)
        elif isinstance(source, ast.Name | ast.Attribute) and dotted(source) in repeated:
            yield span(repeated[dotted(source)])


def _duplicate_key_list(tree: ast.Module) -> Iterator[tuple[int, int]]:
    lookups = _pair_lookups(tree)
    yield from _literal_pairs_to_mapping(tree)
    for node in nodes(tree):
        if isinstance(node, ast.Dict):
            keys = [ast.dump(k) for k in node.keys if isinstance(k, ast.Constant)]
            if len(keys) != len(set(keys)):
                yield span(node)
    for func in functions(tree):
        appended: dict[str, ast.Call] = {}
        sorted_lists: set[str] = set()
        seeded: set[str] = set()  # lists that hold a pair with a fixed key before others are added
        membership: set[str] = set()
        tested_keys: set[str] = set()  # names checked with "not in" (a seen-set of keys)
        as_dict: dict[str, ast.Call] = {}
        for node in ast.walk(func):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
                owner = dotted(node.func.value)
                if node.func.attr == "append" and node.args:
                    arg = node.args[0]
                    if _constant_key_pair(arg):
                        seeded.add(owner)
                    elif (isinstance(arg, ast.Tuple) and len(arg.elts) == 2) or isinstance(arg, ast.Name):
                        appended.setdefault(owner, node)
                elif node.func.attr == "sort":
                    sorted_lists.add(owner)
            if isinstance(node, ast.Call) and call_name(node) in {"sorted", "dict"} and node.args:
                if call_name(node) == "sorted":
                    sorted_lists.add(dotted(node.args[0]))
                else:
                    as_dict.setdefault(dotted(node.args[0]), node)
            # rebuilding the list from a set or dict of itself (xs = list(set(xs)),
            # xs = list(dict.fromkeys(xs))) drops the duplicate entries, which is the fix
            if isinstance(node, ast.Assign) and len(node.targets) == 1:
                target = dotted(node.targets[0])
                if any(
                    isinstance(c, ast.Call)
                    and call_name(c).split(".")[-1] in {"set", "frozenset", "fromkeys", "OrderedDict"}
                    and c.args
                    and dotted(c.args[0]) == target
                    for c in ast.walk(node.value)
                ):
                    membership.add(target)
                # a list literal of ("Key", value) pairs is an associative list from the start
                if (
                    isinstance(node.value, ast.List)
                    and node.value.elts
                    and all(_constant_key_pair(e) for e in node.value.elts)
                ):
                    seeded.add(target)
            if isinstance(node, ast.Compare) and any(isinstance(o, ast.In | ast.NotIn) for o in node.ops):
                membership |= {dotted(c) for c in node.comparators}
                if any(isinstance(o, ast.NotIn) for o in node.ops):
                    tested_keys.add(dotted(node.left))
            # a search for an equal entry (a loop or any(...) over the list comparing with ==) is the
            # same duplicate check written by hand
            scans = (
                [node.iter]
                if isinstance(node, ast.For)
                else [g.iter for g in node.generators]
                if isinstance(node, ast.GeneratorExp | ast.ListComp)
                else []
            )
            if scans and any(
                isinstance(c, ast.Compare) and any(isinstance(o, ast.Eq) for o in c.ops)
                for c in ast.walk(node)
            ):
                membership |= {dotted(i) for i in scans}
        first_match = _first_match_owners(func, lookups)
        for owner, call in appended.items():
            pair = call.args[0]
            if isinstance(pair, ast.Tuple) and dotted(pair.elts[0]) in tested_keys:
                continue
            # pairs sorted by key, or added after the code's own fixed-key pairs, with no check that
            # the key is already there: a caller's pair shadows or duplicates the trusted one
            if (owner in sorted_lists or owner in seeded) and owner not in membership:
                yield span(call)
        # one occurrence of a key is checked (first match) while dict() of the same pairs keeps the
        # last one: a repeated key passes the check with one value and is used with another
        for owner, call in as_dict.items():
            if owner in first_match and owner not in appended:
                yield span(call)


_CREDENTIAL = re.compile(
    r"(?i)(^|_|\.)(pass(word|wd|phrase)?|pwd|secret|api_?key|access_?token|token|credentials?)$"
)
_PLAIN_HTTP = re.compile(r"^http://(?!localhost\b|127\.0\.0\.1\b|\[::1\])", re.IGNORECASE)


def _credential_expr(expr: ast.AST, carriers: set[str]) -> bool:
    """``expr`` mentions a credential: a password/secret/token name or attribute, a dict entry keyed
    so, or a name already known to carry one."""
    for node in ast.walk(expr):
        name = dotted(node) if isinstance(node, ast.Name | ast.Attribute) else ""
        if name and (name in carriers or _CREDENTIAL.search(name)):
            return True
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and _CREDENTIAL.search(node.value):
            return isinstance(expr, ast.Dict | ast.Call)
    return False


def _credentials_in_plain_url(tree: ast.Module) -> Iterator[tuple[int, int]]:
    for func in functions(tree):
        # query strings assembled from credentials (urlencode({"pass": self.password}))
        carriers: set[str] = set()
        for node in ast.walk(func):
            if (
                isinstance(node, ast.Assign)
                and len(node.targets) == 1
                and isinstance(node.targets[0], ast.Name)
                and isinstance(node.value, ast.Call)
                and call_name(node.value).endswith("urlencode")
                and any(_credential_expr(a, carriers) for a in node.value.args)
            ):
                carriers.add(node.targets[0].id)
        for node in ast.walk(func):
            parts = _url_parts(node)
            if not parts:
                continue
            head = parts[0]
            if not (isinstance(head, ast.Constant) and isinstance(head.value, str)):
                continue
            if not _PLAIN_HTTP.match(head.value):
                continue
            query = False
            pending = False  # a credential was spliced in; an "@" next puts it in the URL's userinfo
            for part in parts:
                if isinstance(part, ast.Constant) and isinstance(part.value, str):
                    if pending and not query and "@" in part.value.split("/", 1)[0]:
                        yield span(node)
                        break
                    query = query or "?" in part.value
                elif query and _credential_expr(part, carriers):
                    yield span(node)
                    break
                else:
                    pending = _credential_expr(part, carriers)


_SENDS = {"post", "put", "patch", "request", "get", "delete", "urlopen", "Request", "fetch", "stream"}
_SENT_PARTS = {"json", "data", "auth", "headers", "params", "files", "cookies", "body", "content"}


def _http_origin(expr: ast.expr | None, carriers: set[str]) -> bool:
    """``expr`` is a plain http:// (non-loopback) address, or built on one: a literal, a name or
    ``self`` attribute bound to one, a join/format/concatenation starting with one, a config lookup
    falling back to one (os.environ.get("API", "http://...")), or ``url or "http://..."``."""
    if expr is None:
        return False
    if isinstance(expr, ast.Constant):
        return isinstance(expr.value, str) and bool(_PLAIN_HTTP.match(expr.value))
    if isinstance(expr, ast.Name | ast.Attribute):
        return dotted(expr) in carriers
    if isinstance(expr, ast.JoinedStr | ast.BinOp):
        parts = _url_parts(expr)
        return bool(parts) and _http_origin(parts[0], carriers)
    if isinstance(expr, ast.BoolOp) and isinstance(expr.op, ast.Or):
        return any(_http_origin(v, carriers) for v in expr.values)
    if isinstance(expr, ast.Call):
        last = call_name(expr).rsplit(".", 1)[-1]
        if isinstance(expr.func, ast.Attribute) and last in {"rstrip", "strip", "format", "lstrip"}:
            return _http_origin(expr.func.value, carriers)
        if last in {"get", "getenv"} and len(expr.args) >= 2:
            return _http_origin(expr.args[1], carriers)
        if last == "urljoin" and expr.args:
            return _http_origin(expr.args[0], carriers)
    return False


def _plain_http_carriers(tree: ast.Module) -> set[str]:
    """Names, parameters and ``self`` attributes that hold a plain http:// base address."""
    carriers: set[str] = set()
    for _ in range(3):
        for node in nodes(tree):
            if isinstance(node, ast.Assign) and _http_origin(node.value, carriers):
                carriers |= {dotted(t) for t in node.targets if isinstance(t, ast.Name | ast.Attribute)}
            elif isinstance(node, FUNCS):
                positional = node.args.posonlyargs + node.args.args
                pairs = zip(
                    positional[len(positional) - len(node.args.defaults) :], node.args.defaults, strict=True
                )
                carriers |= {a.arg for a, d in pairs if _http_origin(d, carriers)}
    return carriers - {""}


def _credentials_to_plain_http(tree: ast.Module) -> Iterator[tuple[int, int]]:
    """A login, token or password sent in the body, auth or headers of a request to an http:// base
    address kept in a constant, a parameter default or an attribute."""
    if not any(
        isinstance(n, ast.Constant) and isinstance(n.value, str) and _PLAIN_HTTP.match(n.value)
        for n in nodes(tree)
    ):
        return
    # the address is checked or forced to be https before anything is sent
    if any(
        isinstance(n, ast.Constant) and isinstance(n.value, str) and n.value.lower().startswith("https")
        for n in nodes(tree)
    ) and any(
        isinstance(n, ast.Call) and call_name(n).rsplit(".", 1)[-1] in {"startswith", "urlparse", "urlsplit"}
        for n in nodes(tree)
    ):
        return
    carriers = _plain_http_carriers(tree)
    for call in calls(tree):
        last = call_name(call).rsplit(".", 1)[-1]
        if last not in _SENDS or not call.args:
            continue
        url = call.args[1] if last == "request" and len(call.args) > 1 else call.args[0]
        if not _http_origin(url, carriers):
            continue
        sent = [kw for kw in call.keywords if kw.arg in _SENT_PARTS]
        if any(
            kw.arg == "auth" and not (isinstance(kw.value, ast.Constant) and kw.value.value is None)
            for kw in sent
        ) or any(_credential_expr(kw.value, set()) or _authorization(kw.value) for kw in sent):
            yield span(call)


def _authorization(expr: ast.expr) -> bool:
    return isinstance(expr, ast.Dict) and any(
        isinstance(k, ast.Constant) and str(k.value).lower() in {"authorization", "x-api-key", "cookie"}
        for k in expr.keys
    )


def _url_parts(node: ast.AST) -> list[ast.expr]:
    """The literal and interpolated pieces of an f-string or a ``"..." + x + "..."`` chain."""
    if isinstance(node, ast.JoinedStr):
        return [v.value if isinstance(v, ast.FormattedValue) else v for v in node.values]
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left = _url_parts(node.left) or [node.left]
        return [*left, *(_url_parts(node.right) or [node.right])]
    return []


_POLICY_FUNCTION = re.compile(
    r"(?i)(passw|pwd|passphrase).*(acceptable|allowed|_ok$|valid|strong|strength|policy|meets|good|rules)"
    r"|(valid|acceptable|strong|allowed|good)_?(new_?)?(passw|pwd|passphrase)"
)
_POLICY_CALLS = re.compile(
    r"(?i)(validat|zxcvbn|strength|common|policy|pwned|breach|entropy|is(digit|upper|lower|alpha))"
)
_STORES_PASSWORD = {
    "set_password",
    "hashpw",
    "make_password",
    "generate_password_hash",
    "create_user",
    "hash",
}


def _policy_without_length(tree: ast.Module) -> Iterator[tuple[int, int]]:
    if not any(call_name(c).rsplit(".", 1)[-1] in _STORES_PASSWORD for c in calls(tree)):
        return
    for func in functions(tree):
        if not _POLICY_FUNCTION.search(func.name) or not func.args.args:
            continue
        names = [call_name(c) for c in calls(func)]
        if any(n == "len" or n.startswith("re.") or _POLICY_CALLS.search(n) for n in names):
            continue
        # a length or pattern test written another way (min_length settings, regex objects)
        if any(isinstance(n, ast.Attribute) and _POLICY_CALLS.search(n.attr) for n in ast.walk(func)):
            continue
        yield span(func)[0], span(func)[0]


_SIGNATURE_NAME = re.compile(
    r"(?i)(sig|signature|hmac|mac|digest)$|^(sig|signature|hmac|mac)_|_sig_|signature"
)
_VERIFY_CALLS = re.compile(r"(?i)(compare_digest|verify|hmac\.new|check_signature|constant_time)")


def _named(node: ast.expr) -> str:
    return dotted(node) if isinstance(node, ast.Name | ast.Attribute) else ""


def _missing_test(test: ast.expr) -> str:
    """The name a test checks for absence (``sig is None``, ``not sig``, ``sig == ""``), or ``""``."""
    if isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not):
        return _named(test.operand)
    if (
        isinstance(test, ast.Compare)
        and len(test.ops) == 1
        and isinstance(test.ops[0], ast.Is | ast.Eq)
        and isinstance(test.comparators[0], ast.Constant)
        and test.comparators[0].value in (None, "", b"")
    ):
        return _named(test.left)
    return ""


def _log_call(stmt: ast.stmt) -> bool:
    if not (isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Call)):
        return False
    name = call_name(stmt.value).lower()
    return "log" in name or name.rsplit(".", 1)[-1] in {"warning", "info", "debug", "warn"}


def _accepts(body: list[ast.stmt]) -> bool:
    """The branch only lets the caller go on: (after logging) a bare return, return None/True, or pass."""
    *before, last = body
    if not all(_log_call(b) for b in before):
        return False
    if isinstance(last, ast.Pass):
        return True
    return isinstance(last, ast.Return) and (
        last.value is None or (isinstance(last.value, ast.Constant) and last.value.value in (None, True))
    )


def _signature_name(name: str) -> bool:
    return bool(name) and bool(_SIGNATURE_NAME.search(name.rsplit(".", 1)[-1]))


def _signature_skipped_when_missing(tree: ast.Module) -> Iterator[tuple[int, int]]:
    for func in functions(tree):
        if not any(_VERIFY_CALLS.search(call_name(c)) for c in calls(func)):
            continue
        rejects = any(
            isinstance(n, ast.Raise)
            or (isinstance(n, ast.Return) and isinstance(n.value, ast.Constant) and n.value.value is False)
            or (
                isinstance(n, ast.Call)
                and call_name(n).rsplit(".", 1)[-1] in {"abort", "HttpResponseForbidden"}
            )
            for n in ast.walk(func)
        )
        for node in ast.walk(func):
            # hmac.compare_digest(expected, sig) as a bare statement: the verdict is thrown away
            if (
                isinstance(node, ast.Expr)
                and isinstance(node.value, ast.Call)
                and call_name(node.value).rsplit(".", 1)[-1]
                in {"compare_digest", "checkpw", "check_password_hash"}
            ):
                yield span(node)
            if not isinstance(node, ast.If) or node.orelse:
                continue
            # if sig is None: return   (the signature is verified below only when one was sent)
            skipped = _signature_name(_missing_test(node.test)) and _accepts(node.body)
            # if sig: verify(sig)   and nothing rejects the message when it is absent
            optional = (
                _signature_name(_named(node.test))
                and rejects
                and any(
                    isinstance(c, ast.Call) and _VERIFY_CALLS.search(call_name(c)) for c in ast.walk(node)
                )
                and not any(
                    isinstance(n, ast.Raise) or (isinstance(n, ast.Return) and n.value is not None)
                    for stmt in func.body
                    if stmt is not node
                    for n in ast.walk(stmt)
                )
            )
            if skipped or optional:
                yield span(node.test)


CHECKS: tuple[Check, ...] = (
    Check(
        "signature-check-skipped-when-missing",
        347,
        Level.HIGH,
        Level.MEDIUM,
        "Improper verification of cryptographic signature: a function that verifies a signature/HMAC "
        "returns (accepting) when the signature is absent (if sig is None: return), verifies it only "
        "when one was sent (if sig: compare...), or discards the result of compare_digest, so an "
        "unsigned or forged message passes.",
        "A missing signature is treated as valid: the check returns early (or only runs when a signature "
        "is present), so an attacker simply omits the header and the unsigned message is processed. Reject "
        "requests without a signature (raise / return 401) before computing and comparing the HMAC with "
        "hmac.compare_digest.",
        _signature_skipped_when_missing,
    ),
    Check(
        "password-policy-without-length",
        521,
        Level.MEDIUM,
        Level.MEDIUM,
        "Weak password requirements: a module that stores passwords has a password acceptance function "
        "(password_acceptable, is_valid_password...) that checks neither length nor strength (no len(), "
        "pattern, validator or common-password test), so any non-empty password passes.",
        "This password check enforces no length or strength rule, so 'a' or '123' is accepted as a new "
        "password. Require at least 8 (better 12) characters and reject common and user-derived passwords, "
        "e.g. with Django's validate_password(password, user) or a breached-password list.",
        _policy_without_length,
    ),
    Check(
        "credentials-in-cleartext-url",
        522,
        Level.HIGH,
        Level.MEDIUM,
        "Insufficiently protected credentials: a password, secret or token is put in the query string "
        "(directly or through a urlencode()d query) or the user:password@ part of a plain http:// URL, "
        "where it crosses the network in clear text and lands in proxy and server logs.",
        "A password or token is sent in an http:// URL (query string or user:password@): it travels "
        "unencrypted and is "
        "written to access logs and browser history. Send credentials only over https://, in the request "
        "body or an Authorization header (e.g. requests.post(url, auth=(user, password)) with an https "
        "URL), never in the URL.",
        _credentials_in_plain_url,
    ),
    Check(
        "credentials-sent-to-plain-http-url",
        319,
        Level.HIGH,
        Level.MEDIUM,
        "Cleartext transmission of sensitive information: a password, token or Authorization header is "
        "sent in the body, auth or headers of a request to a plain http:// address kept in a constant, a "
        "parameter default, a configuration fallback or an attribute (base_url + '/login').",
        "Credentials are sent to an http:// address, so anyone on the network path reads the password or "
        "token. Use an https:// base URL (and keep certificate verification on); reject non-https "
        "endpoints from configuration (if not url.startswith('https://'): raise) before logging in.",
        _credentials_to_plain_http,
        also=(523,),
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
        "regex-catastrophic-backtracking",
        730,
        Level.MEDIUM,
        Level.MEDIUM,
        "A regular expression literal with nested or overlapping quantifiers ((a+)+, (a|a)*, \\d+\\d+) "
        "that backtracks exponentially on crafted input (ReDoS).",
        "This regex has nested or overlapping quantifiers, so some inputs make it backtrack exponentially "
        "(ReDoS). Rewrite it without nested repetition (e.g. \\d+ instead of (\\d+)+), anchor it, and bound "
        "the input length.",
        _redos_pattern,
    ),
    Check(
        "regex-assembled-from-unescaped-input",
        730,
        Level.MEDIUM,
        Level.MEDIUM,
        "Regular expression denial of service: a web handler builds a regex by splicing values into it "
        "(joined search words, an f-string, a helper that returns the pattern) and no value is passed "
        "through re.escape, so request text becomes pattern syntax.",
        "Values are spliced into a regular expression without re.escape, so a visitor's text becomes "
        "pattern syntax: (a+)+$ makes the matcher backtrack for minutes (ReDoS) and metacharacters change "
        'what matches. Escape every spliced value ("|".join(map(re.escape, words))), cap the number '
        "and length of terms, or match without regexes (str.find / casefold).",
        _regex_from_unescaped_input,
        also=(1333,),
    ),
    Check(
        "object-reference-comparison",
        595,
        Level.MEDIUM,
        Level.MEDIUM,
        "Comparison of object references instead of contents: two parameter objects compared with 'is', or "
        "with == where no __eq__ is defined (identity), or a string/number value compared with 'is' (to a "
        "literal or to another such value).",
        "Two objects are compared as references (is, or == without __eq__), which checks identity, not the "
        "content; 'x is \"admin\"' depends on string interning. Compare values with == / != and the "
        "identifying fields (a.id == b.id), or define __eq__ on the class.",
        _object_reference_compare,
    ),
    Check(
        "duplicate-key-in-associative-list",
        462,
        Level.LOW,
        Level.MEDIUM,
        "Duplicate key in associative list: key/value pairs appended to a list that is sorted or already "
        'holds the code\'s own ("Key", value) pairs, without a check for an existing key; a list of pairs '
        "checked by its first occurrence of a key but turned into dict() (which keeps the last); or a "
        "dict literal with a repeated key.",
        "Key/value pairs are collected in a list without checking whether the key is already present, so "
        "duplicates coexist and the value that is checked need not be the one that is used (dict() keeps "
        "the last pair, a lookup loop the first). Reject repeated keys (or check 'key in seen' before "
        "appending), let the server's own pairs override the client's, and check and use the same value.",
        _duplicate_key_list,
    ),
)
