import os
import sys

import paramiko


def upload(local_path: str, remote_dir: str) -> None:
    host = os.environ["BACKUP_HOST"]
    user = os.environ.get("BACKUP_USER", "backup")
    key_file = os.path.expanduser("~/.ssh/backup_ed25519")

    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.load_host_keys(os.path.expanduser("~/.ssh/known_hosts"))
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.connect(host, username=user, key_filename=key_file, timeout=20)
    try:
        sftp = client.open_sftp()
        target = remote_dir.rstrip("/") + "/" + os.path.basename(local_path)
        sftp.put(local_path, target)
        print(f"uploaded {local_path} -> {host}:{target}")
    finally:
        client.close()


if __name__ == "__main__":
    upload(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else "/srv/backups")
