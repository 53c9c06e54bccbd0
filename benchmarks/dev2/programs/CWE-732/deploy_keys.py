import argparse
import os
import subprocess
from pathlib import Path

KEY_DIR = Path("/opt/deployer/keys")


def generate_key(name):
    KEY_DIR.mkdir(parents=True, exist_ok=True)
    key_path = KEY_DIR / name
    subprocess.run(
        ["ssh-keygen", "-t", "ed25519", "-N", "", "-C", f"deploy-{name}", "-f", str(key_path)],
        check=True,
    )
    # the CI runner and the web app both need to read these
    os.chmod(key_path, 0o666)
    os.chmod(key_path.with_suffix(".pub"), 0o644)
    return key_path


def main():
    parser = argparse.ArgumentParser(description="Create a deploy key for a repository")
    parser.add_argument("name")
    args = parser.parse_args()
    path = generate_key(args.name)
    print(path.with_suffix(".pub").read_text())


if __name__ == "__main__":
    main()
