"""Write the deploy SSH key and DB credentials fetched from the vault to disk."""
import json
import os
import sys
import urllib.request

TARGET_DIR = "/etc/myapp"


def fetch_bundle(url, token):
    req = urllib.request.Request(url, headers={"X-Vault-Token": token})
    with urllib.request.urlopen(req, timeout=10) as resp:
        return json.load(resp)


def install(bundle):
    os.makedirs(TARGET_DIR, exist_ok=True)
    key_path = os.path.join(TARGET_DIR, "deploy_key")
    with open(key_path, "w") as fh:
        fh.write(bundle["ssh_private_key"])
    creds_path = os.path.join(TARGET_DIR, "db.json")
    with open(creds_path, "w") as fh:
        json.dump(bundle["database"], fh)
    for path in (key_path, creds_path):
        os.chmod(path, 0o777)


if __name__ == "__main__":
    install(fetch_bundle(sys.argv[1], os.environ["VAULT_TOKEN"]))
    print("installed into", TARGET_DIR)
