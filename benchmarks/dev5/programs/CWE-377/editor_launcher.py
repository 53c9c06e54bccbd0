import os
import subprocess
import sys
import tempfile


def edit_text(initial: str) -> str:
    editor = os.environ.get("EDITOR", "vi")
    fd, path = tempfile.mkstemp(suffix=".txt", prefix="commitmsg-")
    try:
        with os.fdopen(fd, "w") as fh:
            fh.write(initial)
        subprocess.run([editor, path], check=True)
        with open(path) as fh:
            return fh.read()
    finally:
        os.unlink(path)


if __name__ == "__main__":
    text = edit_text("# Write your message above this line\n")
    lines = [l for l in text.splitlines() if not l.startswith("#")]
    sys.stdout.write("\n".join(lines).strip() + "\n")
