import ftplib
import os
import sys


def upload(path: str) -> None:
    ftp = ftplib.FTP("files.partner.example")
    ftp.login("payroll", os.environ["FTP_PASSWORD"])
    ftp.cwd("/incoming")
    with open(path, "rb") as fh:
        ftp.storbinary(f"STOR {os.path.basename(path)}", fh)
    ftp.quit()


if __name__ == "__main__":
    upload(sys.argv[1])
