import os
import stat
import subprocess
import sys
import tempfile

RUNTIME_DIR = os.path.join(os.environ.get("XDG_RUNTIME_DIR") or os.path.expanduser("~/.cache"), "builder")


def private_dir(path):
    os.makedirs(path, mode=0o700, exist_ok=True)
    st = os.lstat(path)
    if not stat.S_ISDIR(st.st_mode) or st.st_uid != os.getuid():
        raise RuntimeError(f"{path} is not a directory we own")
    if st.st_mode & 0o077:
        os.chmod(path, 0o700)
    return path


def run_build(script_text):
    workdir = private_dir(RUNTIME_DIR)
    with tempfile.NamedTemporaryFile("w", dir=workdir, suffix=".sh") as script:
        script.write(script_text)
        script.flush()
        return subprocess.run(["/bin/sh", script.name], check=False).returncode


if __name__ == "__main__":
    sys.exit(run_build(sys.stdin.read()))
