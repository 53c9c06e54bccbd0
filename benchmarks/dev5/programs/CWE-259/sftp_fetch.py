import getpass
import sys

import paramiko


def fetch(host, user, remote_path, local_path):
    password = getpass.getpass(f"password for {user}@{host}: ")
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.connect(host, username=user, password=password, timeout=15)
    try:
        with client.open_sftp() as sftp:
            sftp.get(remote_path, local_path)
    finally:
        client.close()


if __name__ == "__main__":
    fetch(*sys.argv[1:5])
