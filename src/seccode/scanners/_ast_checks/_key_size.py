"""Asymmetric key sizes: RSA/DSA/DH keys and EC curves too small, folded from constants, option defaults
and the values callers pass."""

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


CHECKS: tuple[Check, ...] = (
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
)
