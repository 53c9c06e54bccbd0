import os
import re
import sys
import tempfile

KEY_RE = re.compile(r"^(?P<key>[A-Z_]+)=(?P<value>.*)$")


def update_setting(path, key, value):
    with open(path, encoding="utf-8") as fh:
        lines = fh.readlines()
    replaced = False
    for i, line in enumerate(lines):
        m = KEY_RE.match(line.rstrip("\n"))
        if m is None:
            continue
        if m.group("key") == key:
            lines[i] = f"{key}={value}\n"
            replaced = True
    if not replaced:
        lines.append(f"{key}={value}\n")
    fd, tmp = tempfile.mkstemp(dir=os.path.dirname(os.path.abspath(path)))
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        out.writelines(lines)
        out.flush()
        os.fsync(out.fileno())
    os.replace(tmp, path)
    return replaced


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit("usage: config_patch.py FILE KEY VALUE")
    print("updated" if update_setting(*sys.argv[1:]) else "added")
