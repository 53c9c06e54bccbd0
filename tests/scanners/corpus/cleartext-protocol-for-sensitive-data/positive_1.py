"""Positive example for cleartext-protocol-for-sensitive-data: the rule must flag this."""
import ftplib
def download(host, user, password, name):
    ftp = ftplib.FTP(host)
    ftp.login(user, password)
    with open(name, "wb") as f:
        ftp.retrbinary("RETR " + name, f.write)
