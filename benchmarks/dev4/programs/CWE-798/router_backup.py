import datetime
import os

import paramiko


class RouterBackup:
    USERNAME = "netops"
    PASSWORD = "Cisco#Backup77"

    def __init__(self, host, out_dir="backups"):
        self.host = host
        self.out_dir = out_dir

    def fetch_config(self):
        client = paramiko.SSHClient()
        client.load_system_host_keys()
        client.set_missing_host_key_policy(paramiko.RejectPolicy())
        client.connect(self.host, username=self.USERNAME, password=self.PASSWORD, timeout=15)
        try:
            _, stdout, _ = client.exec_command("show running-config")
            return stdout.read().decode(errors="replace")
        finally:
            client.close()

    def run(self):
        os.makedirs(self.out_dir, exist_ok=True)
        stamp = datetime.date.today().isoformat()
        path = os.path.join(self.out_dir, f"{self.host}-{stamp}.cfg")
        with open(path, "w") as fh:
            fh.write(self.fetch_config())
        return path


if __name__ == "__main__":
    for router in ("10.0.0.1", "10.0.0.2"):
        print(RouterBackup(router).run())
