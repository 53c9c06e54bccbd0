"""Owners a privileged process never checks (CWE-283, 250): code or files loaded from a folder others can
write, sockets in shared directories trusted without the peer's uid, and sudo run for files the service
already owns."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from seccode.scanners._ast_checks._check import (
    Check,
    call_name,
    calls,
    functions,
    names_in,
    nodes,
    span,
    walk,
)
from seccode.scanners._finding import Level

_LOAD_CODE = re.compile(
    r"(^|\.)(spec_from_file_location|exec_module|load_source|run_path|execfile|SourceFileLoader)$"
)
_LIST_DIR = re.compile(r"(^|\.)(listdir|scandir|iterdir|glob|iglob|rglob|walk)$")
_ACT_ON_PATH = {
    "remove",
    "unlink",
    "rmtree",
    "rmdir",
    "chown",
    "lchown",
    "chmod",
    "rename",
    "replace",
    "truncate",
}


def _ownership_checked(tree: ast.Module) -> bool:
    """The program looks at who owns a file or who may write it: st_uid/st_gid/st_mode, S_IWOTH..."""
    return any(
        isinstance(n, ast.Attribute)
        and (n.attr in {"st_uid", "st_gid", "st_mode", "S_IWOTH", "S_IWGRP", "getpwuid"} or n.attr == "owner")
        for n in nodes(tree)
    ) or any(isinstance(n, ast.Call) and call_name(n).rsplit(".", 1)[-1] == "owner" for n in nodes(tree))


def _unverified_file_owner(tree: ast.Module) -> Iterator[tuple[int, int]]:
    """A job acting for every account (pwd.getpwall) or running hooks from a directory trusts files it
    never checks the owner of: it deletes/chowns the paths a user lists in a file in their home, or
    imports every script found in a hook directory, so whoever can write there gets root's action."""
    if _ownership_checked(tree):
        return
    every_user = any(
        isinstance(n, ast.Call) and call_name(n).rsplit(".", 1)[-1] in {"getpwall", "getgrall"}
        for n in nodes(tree)
    ) or any(isinstance(n, ast.Attribute) and n.attr == "pw_dir" for n in nodes(tree))
    listed = any(isinstance(n, ast.Call) and _LIST_DIR.search(call_name(n)) for n in nodes(tree))
    if listed:
        for n in nodes(tree):
            if isinstance(n, ast.Call) and _LOAD_CODE.search(call_name(n)):
                yield span(n)
                return
    if not every_user:
        return
    for func in functions(tree):
        # names filled from a file's lines: for line in fh / fh.readlines() / [l.strip() for l in fh]
        from_file: set[str] = set()
        for n in walk(func):
            if isinstance(n, ast.Assign) and any(
                isinstance(g, ast.comprehension) or (isinstance(g, ast.Call) and "read" in call_name(g))
                for g in walk(n.value)
            ):
                from_file |= {t.id for t in n.targets if isinstance(t, ast.Name)}
        for loop in walk(func):
            if isinstance(loop, ast.For) and names_in(loop.iter) & from_file:
                targets = names_in(loop.target)
                for c in calls(loop):
                    last = call_name(c).rsplit(".", 1)[-1]
                    if last in _ACT_ON_PATH and c.args and names_in(c.args[0]) & targets:
                        yield span(c)
                        return


_RUN = {
    "run", "call", "check_call", "check_output", "Popen", "system", "popen", "getoutput", "getstatusoutput"
}  # fmt: skip
#: the invoking user's own files: ~/..., Path.home(), $HOME
_HOME = re.compile(r"expanduser|Path\.home\(|\bhome\(\)|[\"']HOME[\"']|[\"']~/")


def _command_words(call: ast.Call) -> list[ast.expr]:
    """The argv of a process call: the list given to subprocess, or the words of a literal shell string."""
    if not call.args:
        return []
    cmd = call.args[0]
    if isinstance(cmd, ast.List | ast.Tuple):
        return list(cmd.elts)
    if isinstance(cmd, ast.Constant) and isinstance(cmd.value, str):
        return [ast.Constant(w) for w in cmd.value.split()]
    if isinstance(cmd, ast.JoinedStr) and cmd.values and isinstance(cmd.values[0], ast.Constant):
        return [ast.Constant(str(cmd.values[0].value).split(" ")[0]), *cmd.values[1:]]
    return []


#: the application's own data directories (uploads, thumbnails, caches): the service account owns them
_APP_DATA = re.compile(r"^(/srv|/var/www|/var/lib|/app|/home)/[\w.\-]+")


def _sudo_on_own_files(tree: ast.Module) -> Iterator[tuple[int, int]]:
    """sudo around a command that only touches the invoking user's own files (paths under ~ / $HOME):
    the work needs no root, but runs as root."""
    strings = [n.value for n in nodes(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str)]
    if not any(v.startswith("sudo") for v in strings):
        return
    if not any(v == "HOME" or v.startswith("~/") or _APP_DATA.match(v) for v in strings) and not any(
        isinstance(n, ast.Attribute) and n.attr in {"expanduser", "home"} for n in nodes(tree)
    ):
        return
    # names holding a path under the home directory, and names derived from them (glob, join, loops)
    home: set[str] = set()
    bindings = [n for n in nodes(tree) if isinstance(n, ast.Assign | ast.For | ast.comprehension)]
    for _ in range(4):
        before = len(home)
        for b in bindings:
            value = b.value if isinstance(b, ast.Assign) else b.iter
            targets = b.targets if isinstance(b, ast.Assign) else [b.target]
            if (
                _HOME.search(ast.unparse(value))
                or names_in(value) & home
                or any(
                    isinstance(k, ast.Constant) and isinstance(k.value, str) and _APP_DATA.match(k.value)
                    for k in walk(value)
                )
            ):
                home |= {n for t in targets for n in names_in(t)}
        if len(home) == before:
            break
    for c in calls(tree):
        if call_name(c).rsplit(".", 1)[-1] not in _RUN:
            continue
        words = _command_words(c)
        if not words or not (isinstance(words[0], ast.Constant) and words[0].value == "sudo"):
            continue
        if any(isinstance(w, ast.Constant) and w.value in {"-u", "--user"} for w in words):
            continue  # sudo -u someone: running as another (lesser) account
        if any(names_in(w) & home or _HOME.search(ast.unparse(w)) for w in words[1:]):
            yield span(c)
            return


_SHARED_DIR = re.compile(r"^(/tmp|/var/tmp|/dev/shm)/|gettempdir\(")
_OWNER_CHECK = re.compile(r"(?i)st_uid|SO_PEERCRED|getpeereid|peercred|getpeername_uid|LOCAL_PEERCRED")


def _shared_socket_owner_unchecked(tree: ast.Module) -> Iterator[tuple[int, int]]:
    """A client connects to a Unix socket in a world-writable directory (/tmp, /var/tmp, /dev/shm) and
    trusts whatever listens there, never checking the socket's owner or the peer's credentials."""
    if not any(isinstance(n, ast.Attribute) and n.attr == "AF_UNIX" for n in nodes(tree)):
        return
    if any(
        _OWNER_CHECK.search(n.attr if isinstance(n, ast.Attribute) else str(n.value))
        for n in nodes(tree)
        if isinstance(n, ast.Attribute) or (isinstance(n, ast.Constant) and isinstance(n.value, str))
    ):
        return
    shared: set[str] = set()
    for n in nodes(tree):
        if isinstance(n, ast.Assign) and _SHARED_DIR.search(
            str(n.value.value) if isinstance(n.value, ast.Constant) else ast.unparse(n.value)
        ):
            shared |= {t.id for t in n.targets if isinstance(t, ast.Name)}
    for c in calls(tree):
        if call_name(c).rsplit(".", 1)[-1] not in {"connect", "connect_ex"} or len(c.args) != 1:
            continue
        target = c.args[0]
        if (isinstance(target, ast.Name) and target.id in shared) or (
            isinstance(target, ast.Constant) and _SHARED_DIR.search(str(target.value))
        ):
            yield span(c)
            return


CHECKS: tuple[Check, ...] = (
    Check(
        "file-owner-not-verified",
        283,
        Level.HIGH,
        Level.MEDIUM,
        "Unverified ownership: a privileged job (one that acts for every account, or runs hook scripts "
        "from a directory) deletes or changes the paths a user lists in a file, or imports every script "
        "it finds, without checking who owns those files (st_uid) or who may write them (st_mode).",
        "Files are acted on (deleted, chowned, imported and run) without verifying their owner, so any "
        "user who can write the list or the hook directory makes the privileged job act on files they do "
        "not own. Check os.lstat(path).st_uid (the requesting user's uid, or 0 for hooks), refuse group/"
        "world-writable files and directories (st_mode & (S_IWGRP | S_IWOTH)), and do not follow symlinks.",
        _unverified_file_owner,
    ),
    Check(
        "sudo-for-own-files",
        250,
        Level.MEDIUM,
        Level.MEDIUM,
        "Execution with unnecessary privileges: a command is run through sudo although it only works on "
        "the invoking user's own files (paths under ~ / $HOME / Path.home()), so it runs as root for work "
        "that needs no privilege, and a crafted file name or symlink there is handled by root.",
        "This command runs as root via sudo, yet it only touches files the user already owns. Drop the "
        "sudo and run it with the user's own rights (subprocess.run(['gzip', path])); if one step truly "
        "needs root, give that step alone a narrow sudoers rule.",
        _sudo_on_own_files,
    ),
    Check(
        "shared-socket-owner-not-verified",
        283,
        Level.HIGH,
        Level.MEDIUM,
        "Unverified ownership: a client connects to a Unix domain socket in a world-writable directory "
        "(/tmp, /var/tmp, /dev/shm) and sends requests to it without checking that the socket belongs to "
        "the expected user (os.stat(path).st_uid) or who the peer is (SO_PEERCRED), so another local user "
        "who creates the socket first can impersonate the service.",
        "Any local user can create this socket path in a shared directory and receive the requests. Keep "
        "the socket in a private directory (e.g. $XDG_RUNTIME_DIR, mode 0700), and before trusting it "
        "verify os.stat(path).st_uid == os.getuid() (and that it is a socket), or check the peer's uid "
        "with getsockopt(SOL_SOCKET, SO_PEERCRED).",
        _shared_socket_owner_unchecked,
    ),
)
