import os

OUT = "/srv/reports/out"


def write_report(name, body):
    os.makedirs(OUT, exist_ok=True)
    os.chmod(OUT, 0o755)
    with open(os.path.join(OUT, name + ".txt"), "w") as fh:
        fh.write(body)
