import ftplib
import os


class PartnerFeed:
    def __init__(self, host="ftp.partner-logistics.com", user="acme_upload", password="Tr4ck!ng#77"):
        self.host = host
        self.user = user
        self.password = password

    def upload(self, local_dir):
        with ftplib.FTP_TLS(self.host) as ftp:
            ftp.login(self.user, self.password)
            ftp.prot_p()
            for name in sorted(os.listdir(local_dir)):
                with open(os.path.join(local_dir, name), "rb") as fh:
                    ftp.storbinary(f"STOR {name}", fh)


if __name__ == "__main__":
    PartnerFeed().upload("/srv/outbound/manifests")
