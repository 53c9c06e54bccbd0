import paramiko


class RouterBackup:
    USERNAME = "netops"
    PASSWORD = "Cisc0-backup-7"

    def __init__(self, host):
        self.host = host

    def fetch_config(self):
        client = paramiko.SSHClient()
        client.load_system_host_keys()
        client.set_missing_host_key_policy(paramiko.RejectPolicy())
        client.connect(self.host, username=self.USERNAME, password=self.PASSWORD, timeout=15)
        try:
            _, stdout, _ = client.exec_command("show running-config")
            return stdout.read().decode()
        finally:
            client.close()


if __name__ == "__main__":
    import sys

    for router in sys.argv[1:]:
        with open(f"{router}.cfg", "w") as fh:
            fh.write(RouterBackup(router).fetch_config())
