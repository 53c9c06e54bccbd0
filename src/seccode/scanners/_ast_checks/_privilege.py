"""Process privilege checks (CWE-250/269/283): privileges raised before validation or kept too long, root
never dropped or dropped in the wrong order, root jobs acting on files whose owner they never check."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from seccode.scanners._ast_checks._check import (
    Check,
    call_name,
    calls,
    constant_int,
    functions,
    int_assignments,
    keyword,
    nodes,
    span,
    walk,
)
from seccode.scanners._finding import Level

_RAISE = re.compile(r"(?i)(raise_?privileges?|elevate|seteuid|setuid|setegid|setgid|become_?root|sudo)")


_LOWER = re.compile(r"(?i)(lower_?privileges?|drop_?privileges?|seteuid|setuid|restore)")


_ID_SETTERS = {"setuid", "seteuid", "setgid", "setegid", "setreuid", "setregid", "setresuid", "setresgid"}


def _probes(func: ast.AST) -> set[int]:
    """ids of ``setuid(0)`` calls that only test whether root can be regained: the sole statement of a
    try whose handler catches PermissionError/OSError (the check after dropping privileges)."""
    found: set[int] = set()
    for t in walk(func):
        if (
            isinstance(t, ast.Try)
            and len(t.body) == 1
            and any(
                h.type is not None and re.search(r"PermissionError|OSError", ast.unparse(h.type))
                for h in t.handlers
            )
        ):
            found |= {id(c) for c in calls(t.body[0])}
    return found


def _raising_calls(func: ast.AST) -> list[ast.Call]:
    """Calls that raise privileges. setuid/setgid-style calls only count with target id 0 (root): with
    any other id they drop privileges."""
    probes = _probes(func)
    found = []
    for c in calls(func):
        last = call_name(c).rsplit(".", 1)[-1]
        if not _RAISE.search(last) or id(c) in probes:
            continue
        if last in _ID_SETTERS and not any(isinstance(a, ast.Constant) and a.value == 0 for a in c.args):
            continue
        found.append(c)
    return found


def _lowers(body: list[ast.stmt]) -> bool:
    return any(_LOWER.search(call_name(c).rsplit(".", 1)[-1]) for s in body for c in calls(s))


def _dropped_on_every_path(func: ast.AST) -> bool:
    """Privileges are dropped in a finally block, or both at the end of the try body and in a
    catch-all handler (``except:`` / ``except Exception``) - the same guarantee written by hand."""
    for t in walk(func):
        if not isinstance(t, ast.Try):
            continue
        if _lowers(t.finalbody):
            return True
        catch_all = any(
            h.type is None or (isinstance(h.type, ast.Name) and h.type.id in {"Exception", "BaseException"})
            for h in t.handlers
        )
        if catch_all and _lowers(t.body) and all(_lowers(h.body) for h in t.handlers):
            return True
    return False


def _elevating_functions(
    tree: ast.Module,
) -> Iterator[tuple[ast.FunctionDef | ast.AsyncFunctionDef, list[ast.Call]]]:
    """Each function that raises privileges, with those calls (the privilege helpers themselves left out)."""
    for func in functions(tree):
        if _RAISE.search(func.name) or _LOWER.search(func.name):
            continue  # the privilege helpers themselves
        raised = _raising_calls(func)
        if raised:
            yield func, raised


def _privilege_not_dropped(tree: ast.Module) -> Iterator[tuple[int, int]]:
    for func, raised in _elevating_functions(tree):
        dropped_in_finally = _dropped_on_every_path(func)
        if not dropped_in_finally:
            yield span(raised[0])


_VALIDATE = re.compile(r"(?i)(valid|check|verify|auth|allowed|permit|sanitize)")


def _privilege_before_validation(tree: ast.Module) -> Iterator[tuple[int, int]]:
    for func, raised in _elevating_functions(tree):
        first_raise = min(c.lineno for c in raised)
        checks = [
            c.lineno
            for c in calls(func)
            if _VALIDATE.search(call_name(c).rsplit(".", 1)[-1]) and not _RAISE.search(call_name(c))
        ]
        dropped_in_finally = _dropped_on_every_path(func)
        if not dropped_in_finally or not checks or min(checks) > first_raise:
            yield span(min(raised, key=lambda c: c.lineno))


def _euid_test(test: ast.expr) -> str:
    """ "require" for ``os.geteuid() != 0`` (not root -> leave), "" otherwise."""
    if isinstance(test, ast.Compare) and len(test.ops) == 1:
        sides = [test.left, test.comparators[0]]
        uid = any(isinstance(x, ast.Call) and call_name(x).endswith(("geteuid", "getuid")) for x in sides)
        zero = any(isinstance(x, ast.Constant) and x.value == 0 for x in sides)
        if uid and zero and isinstance(test.ops[0], ast.NotEq | ast.Gt):
            return "require"
    return ""


#: operations only root can do (or that a tool may reasonably need root for): ownership, mounts, devices,
#: kernel and process limits, raw sockets, running other programs
_ROOT_CALLS = re.compile(
    r"(?i)^(chown|lchown|fchown|chroot|mknod|mount|umount2?|setrlimit|prlimit|sethostname|setpriority|nice|"
    r"system|popen|call|check_call|check_output|run|Popen|spawn\w*|exec\w*|create_subprocess_\w+|"
    r"bind|init_module|load_module|modprobe|reboot|useradd|ioctl|setns|unshare|capset|iptables)$"
)
_SYSTEM_PATH = re.compile(
    r"^/(etc|usr|var|root|boot|sys|proc|dev|opt|srv|lib|lib64|bin|sbin|run|mnt|home)(/|$)"
)


def _needs_root(tree: ast.Module) -> bool:
    """Whether the program does anything root may be needed for: a root-only call, running another
    program, a raw socket, or touching a system path. A tool that only reads and writes the caller's
    files needs none of it."""
    for n in nodes(tree):
        if isinstance(n, ast.Call) and _ROOT_CALLS.match(call_name(n).rsplit(".", 1)[-1]):
            return True
        if isinstance(n, ast.Attribute) and n.attr in {"SOCK_RAW", "AF_PACKET"}:
            return True
        if isinstance(n, ast.Constant) and isinstance(n.value, str) and _SYSTEM_PATH.match(n.value):
            return True
    return False


def _root_kept(tree: ast.Module) -> Iterator[tuple[int, int]]:
    """The program insists on running as root and never switches to an unprivileged uid/gid."""
    drops = any(
        call_name(c).rsplit(".", 1)[-1] in _ID_SETTERS | {"initgroups", "setgroups"}
        or re.search(r"(?i)(drop|lower)_?priv", call_name(c))
        for c in calls(tree)
    )
    # a long-running service (server loop, event loop, request handling) keeps root for all its work;
    # a one-shot admin tool that needs root for its single task is a different matter
    serves = any(
        call_name(c).rsplit(".", 1)[-1]
        in {"serve_forever", "run", "listen", "accept", "mainloop", "run_forever"}
        for c in calls(tree)
    ) or any(
        isinstance(n, ast.While) and isinstance(n.test, ast.Constant) and n.test.value for n in nodes(tree)
    )
    if drops or (not serves and _needs_root(tree)):
        return
    env = int_assignments(tree)
    for call in calls(tree) if serves else ():
        # binding a port below 1024 (socket.bind, TCPServer((host, 80), ...), app.run(port=443)) needs root
        # a (host, port) pair only where the call binds or serves: img.thumbnail((320, 320)) is a size
        binds = bool(
            re.search(r"(?i)(bind|server|serve|listen|run|site|socket)", call_name(call).rsplit(".", 1)[-1])
        )
        ports = [keyword(call, "port")] + [
            a.elts[1] for a in call.args if binds and isinstance(a, ast.Tuple) and len(a.elts) == 2
        ]
        if any((p := constant_int(x, env)) is not None and 0 < p < 1024 for x in ports if x is not None):
            yield span(call)
            return
    for node in walk(tree):
        if (
            isinstance(node, ast.If)
            and _euid_test(node.test)
            and any(
                isinstance(n, ast.Raise) or (isinstance(n, ast.Call) and "exit" in call_name(n))
                for n in walk(node)
            )
        ):
            yield span(node)
            return


_UID_SETTERS = {"setuid", "seteuid", "setreuid", "setresuid"}
_GID_SETTERS = {"setgid", "setegid", "setregid", "setresgid", "setgroups", "initgroups"}


def _only_effective_ids_lowered(tree: ast.Module) -> Iterator[tuple[int, int]]:
    """Root is "dropped" with seteuid/setegid alone and never for good: the real and saved uid stay 0,
    so any code running afterwards (a request handler) can call seteuid(0) and be root again. A
    temporary drop that the program itself undoes (seteuid(0) afterwards) is privilege bracketing, and a
    permanent switch anywhere (setuid/setresuid/setreuid to a user) is the correct drop."""
    effective: list[ast.Call] = []
    for c in calls(tree):
        last = call_name(c).rsplit(".", 1)[-1]
        to_root = any(isinstance(a, ast.Constant) and a.value == 0 for a in c.args)
        if last in {"setuid", "setresuid", "setreuid"} and not to_root:
            return
        if last == "seteuid":
            # seteuid(0) / seteuid(saved_euid) / seteuid(os.getuid()): the drop is undone again
            if to_root or any(
                re.search(r"(?i)(orig|saved|old|prev|root|getuid|geteuid)", ast.unparse(a)) for a in c.args
            ):
                return
            effective.append(c)
    if effective:
        yield span(effective[0])


def _drop_order_wrong(tree: ast.Module) -> Iterator[tuple[int, int]]:
    """Root is dropped in the wrong order (setuid before setgid/setgroups: the later calls fail and the
    process keeps group root), or uid and gid are dropped but the supplementary groups are kept."""
    clears_groups = any(call_name(c).rsplit(".", 1)[-1] in {"setgroups", "initgroups"} for c in calls(tree))
    for found in _only_effective_ids_lowered(tree):
        yield found
        return
    for func in functions(tree):
        setters = sorted(
            (c for c in calls(func) if call_name(c).rsplit(".", 1)[-1] in _UID_SETTERS | _GID_SETTERS),
            key=lambda c: (c.lineno, c.col_offset),
        )
        dropped_uid = False
        for c in setters:
            last = call_name(c).rsplit(".", 1)[-1]
            to_root = any(isinstance(a, ast.Constant) and a.value == 0 for a in c.args)
            if last in _UID_SETTERS and not to_root:
                dropped_uid = True
            elif last in _GID_SETTERS and dropped_uid and not to_root:
                yield span(c)
                return
        names = {call_name(c).rsplit(".", 1)[-1] for c in setters}
        if (
            not clears_groups
            and names & {"setuid", "setresuid", "setreuid"}
            and names
            & {
                "setgid",
                "setresgid",
                "setregid",
            }
        ):
            yield span(setters[0])
            return


#: ways to run the code in a file: import it, exec it, run it as a program


CHECKS: tuple[Check, ...] = (
    Check(
        "privilege-not-dropped-in-finally",
        250,
        Level.HIGH,
        Level.MEDIUM,
        "Execution with unnecessary privileges: privileges are raised and not lowered in a finally block, "
        "so an error leaves the process elevated.",
        "Privileges are raised without a guaranteed drop: if the work in between fails, the process keeps "
        "running elevated. Lower privileges in a finally block (try: ... finally: lowerPrivileges()) and "
        "keep the elevated section minimal.",
        _privilege_not_dropped,
    ),
    Check(
        "privilege-raised-before-validation",
        269,
        Level.HIGH,
        Level.MEDIUM,
        "Improper privilege management: privileges are raised before the input is validated, or not "
        "dropped in a finally block.",
        "Privileges are raised before the input is validated (or not dropped in finally). Validate first, "
        "raise privileges only around the single privileged call, and drop them in a finally block.",
        _privilege_before_validation,
    ),
    Check(
        "root-required-never-dropped",
        250,
        Level.HIGH,
        Level.MEDIUM,
        "Execution with unnecessary privileges: a long-running program (server or work loop) refuses to "
        "start unless it is root, or binds a port below 1024, and never switches to an unprivileged user "
        "(no setuid/setgid/initgroups or drop-privileges call).",
        "The program demands root (geteuid() != 0 -> exit) and then does all its work as root, so any bug "
        "in it runs with full privileges. Do the one privileged step (e.g. bind the low port) and then drop "
        "to an unprivileged account: os.setgroups([]); os.setgid(gid); os.setuid(uid) - or use a "
        "capability/port forwarding instead of root.",
        _root_kept,
    ),
    Check(
        "privilege-drop-incomplete",
        269,
        Level.HIGH,
        Level.MEDIUM,
        "Improper privilege management: root is given up in the wrong order (setuid before setgid or "
        "setgroups, so those later calls fail and group root is kept) or uid and gid are changed while the "
        "supplementary groups inherited from root are kept (no setgroups/initgroups), or only the "
        "effective ids are lowered (seteuid/setegid) for good while the real uid stays root, so root can "
        "be regained with seteuid(0).",
        "Privileges are not fully dropped: once the uid is changed, setgid/setgroups are no longer "
        "permitted, and supplementary groups stay unless cleared. Drop in this order and let failures "
        "stop the program: os.setgroups([]) (or os.initgroups(name, gid)), os.setgid(gid), os.setuid(uid), "
        "then verify that os.setuid(0) fails. seteuid/setegid alone keep the real uid root: use setuid/"
        "setgid (or setresuid/setresgid) for a permanent drop.",
        _drop_order_wrong,
    ),
)
