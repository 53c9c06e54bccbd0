import os

DROP = "/srv/exchange/drop"
PRIVATE = os.path.expanduser("~/.local/share/ingest")


def setup():
    os.makedirs(DROP, exist_ok=True)
    os.chmod(DROP, 0o1777)  # partners drop files here; we only read them
    os.makedirs(PRIVATE, mode=0o700, exist_ok=True)


def ingest():
    seen = []
    for name in sorted(os.listdir(DROP)):
        with open(os.path.join(DROP, name), "rb") as fh:
            data = fh.read()
        with open(os.path.join(PRIVATE, name + ".seen"), "w") as out:
            out.write(str(len(data)))
        seen.append(name)
    return seen
