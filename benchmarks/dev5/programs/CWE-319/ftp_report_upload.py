import ftplib
import os
import sys
from datetime import date


def upload_report(path: str) -> None:
    host = os.environ.get("REPORT_FTP_HOST", "files.partner.example.com")
    user = os.environ["REPORT_FTP_USER"]
    password = os.environ["REPORT_FTP_PASS"]

    remote_name = f"sales_{date.today():%Y%m%d}.csv"
    with ftplib.FTP(host, timeout=30) as ftp:
        ftp.login(user, password)
        ftp.cwd("/incoming")
        with open(path, "rb") as fh:
            ftp.storbinary(f"STOR {remote_name}", fh)
    print(f"sent {path} as {remote_name}")


if __name__ == "__main__":
    upload_report(sys.argv[1])
