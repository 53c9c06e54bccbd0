"""Negative for hardcoded-password: the password default is None and is read from the environment."""
import ftplib
import os


def upload(path, host, user="backup", password=None):
    password = password or os.environ["FTP_PASSWORD"]
    with ftplib.FTP(host) as ftp, open(path, "rb") as fh:
        ftp.login(user, password)
        ftp.storbinary("STOR " + path, fh)
