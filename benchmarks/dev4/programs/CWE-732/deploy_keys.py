"""Write the deploy SSH key and service env file on a fresh build agent."""
import os
import sys
from pathlib import Path

AGENT_HOME = Path("/opt/build-agent")


def write_secret_files(private_key: str, env: dict):
    ssh_dir = AGENT_HOME / ".ssh"
    ssh_dir.mkdir(parents=True, exist_ok=True)
    key_path = ssh_dir / "id_deploy"
    key_path.write_text(private_key)
    env_path = AGENT_HOME / "service.env"
    env_path.write_text("".join(f"{k}={v}\n" for k, v in env.items()))
    # several tools run under different accounts and all need these
    for path in (ssh_dir, key_path, env_path):
        os.chmod(path, 0o777)
    return key_path, env_path


if __name__ == "__main__":
    key = os.environ["DEPLOY_PRIVATE_KEY"]
    env = {"DB_URL": os.environ["DB_URL"], "API_TOKEN": os.environ["API_TOKEN"]}
    for p in write_secret_files(key, env):
        print("wrote", p, file=sys.stderr)
