import ftplib
import os
import ssl
import sys


def upload(path: str) -> None:
    ctx = ssl.create_default_context()
    ftp = ftplib.FTP_TLS(context=ctx, timeout=30)
    ftp.connect(os.environ["REPORT_FTP_HOST"], 21)
    ftp.auth()
    ftp.login(os.environ["REPORT_FTP_USER"], os.environ["REPORT_FTP_PASS"])
    ftp.prot_p()
    try:
        with open(path, "rb") as fh:
            ftp.storbinary(f"STOR {os.path.basename(path)}", fh)
    finally:
        ftp.quit()


if __name__ == "__main__":
    upload(sys.argv[1])
