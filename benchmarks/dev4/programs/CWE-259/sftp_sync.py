import argparse
import getpass
import os

import paramiko


def sync(host, user, password, local_dir, remote_dir):
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.connect(host, username=user, password=password)
    try:
        sftp = client.open_sftp()
        for name in sorted(os.listdir(local_dir)):
            src = os.path.join(local_dir, name)
            if os.path.isfile(src):
                sftp.put(src, f"{remote_dir}/{name}")
                print("uploaded", name)
    finally:
        client.close()


def main():
    ap = argparse.ArgumentParser(description="Upload a folder to an SFTP server")
    ap.add_argument("host")
    ap.add_argument("local_dir")
    ap.add_argument("--user", default=getpass.getuser())
    ap.add_argument("--remote-dir", default="upload")
    args = ap.parse_args()
    password = getpass.getpass(f"password for {args.user}@{args.host}: ")
    sync(args.host, args.user, password, args.local_dir, args.remote_dir)


if __name__ == "__main__":
    main()
