import subprocess
import tempfile


def render_report(text):
    """Write text to a temporary file and convert it to PDF."""
    path = tempfile.mktemp(suffix=".txt")
    with open(path, "w") as fh:
        fh.write(text)
    subprocess.run(["enscript", "-o", path + ".ps", path], check=True)
    return path + ".ps"
