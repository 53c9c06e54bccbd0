"""Positive for hardcoded-password: the password parameter falls back to a literal default."""
import ftplib


def upload(path, host, user="backup", password="Bk-2023!ftp"):
    with ftplib.FTP(host) as ftp, open(path, "rb") as fh:
        ftp.login(user, password)
        ftp.storbinary("STOR " + path, fh)
