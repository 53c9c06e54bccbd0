import subprocess
import tempfile


def render_report(text, out_path):
    """Write text to a temporary file and convert it to PostScript."""
    with tempfile.NamedTemporaryFile("w", suffix=".txt") as fh:
        fh.write(text)
        fh.flush()
        subprocess.run(["enscript", "-o", out_path, fh.name], check=True)
    return out_path
