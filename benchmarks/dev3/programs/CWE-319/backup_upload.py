import datetime
import ftplib
import os
import tarfile
import tempfile

FTP_HOST = os.environ.get("BACKUP_HOST", "backup.example.org")
FTP_USER = os.environ["BACKUP_USER"]
FTP_PASS = os.environ["BACKUP_PASS"]


def make_archive(src_dir):
    stamp = datetime.datetime.utcnow().strftime("%Y%m%d-%H%M")
    fd, path = tempfile.mkstemp(suffix=f"-{stamp}.tar.gz")
    os.close(fd)
    with tarfile.open(path, "w:gz") as tar:
        tar.add(src_dir, arcname=os.path.basename(src_dir))
    return path


def upload(path):
    with ftplib.FTP(FTP_HOST, timeout=60) as ftp:
        ftp.login(FTP_USER, FTP_PASS)
        ftp.cwd("/nightly")
        with open(path, "rb") as fh:
            ftp.storbinary("STOR " + os.path.basename(path), fh)


if __name__ == "__main__":
    archive = make_archive("/var/lib/customers")
    try:
        upload(archive)
    finally:
        os.remove(archive)
