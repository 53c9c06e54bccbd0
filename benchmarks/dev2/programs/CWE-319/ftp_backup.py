import ftplib
import os
import ssl
import sys


def upload_backup(path: str) -> None:
    host = os.environ["BACKUP_FTP_HOST"]
    user = os.environ["BACKUP_FTP_USER"]
    password = os.environ["BACKUP_FTP_PASSWORD"]
    ctx = ssl.create_default_context()
    with ftplib.FTP_TLS(host, context=ctx, timeout=60) as ftp:
        ftp.login(user, password)
        ftp.prot_p()
        with open(path, "rb") as fh:
            ftp.storbinary(f"STOR {os.path.basename(path)}", fh)


if __name__ == "__main__":
    for archive in sys.argv[1:]:
        upload_backup(archive)
        print("uploaded", archive)
