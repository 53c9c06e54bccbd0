"""Negative example for cleartext-protocol-for-sensitive-data: the rule must not flag this."""
import ftplib
def download(host, user, password, name):
    ftp = ftplib.FTP_TLS(host)
    ftp.login(user, password)
    ftp.prot_p()
    with open(name, "wb") as f:
        ftp.retrbinary("RETR " + name, f.write)
