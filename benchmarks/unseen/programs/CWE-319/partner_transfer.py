import ftplib
import os
import ssl
import sys


def upload(path: str) -> None:
    ftp = ftplib.FTP_TLS("files.partner.example", context=ssl.create_default_context())
    ftp.login("payroll", os.environ["FTP_PASSWORD"])
    ftp.prot_p()
    ftp.cwd("/incoming")
    with open(path, "rb") as fh:
        ftp.storbinary(f"STOR {os.path.basename(path)}", fh)
    ftp.quit()


if __name__ == "__main__":
    upload(sys.argv[1])
