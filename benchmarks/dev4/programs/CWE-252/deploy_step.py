import subprocess
import sys

import click


def run(cmd):
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0:
        raise click.ClickException(f"{' '.join(cmd)} exited {proc.returncode}: {proc.stderr.strip()}")
    return proc.stdout


@click.command()
@click.argument("tag")
def deploy(tag):
    """Build, push and roll out the image for TAG."""
    run(["docker", "build", "-t", f"registry.local/app:{tag}", "."])
    run(["docker", "push", f"registry.local/app:{tag}"])
    run(["kubectl", "set", "image", "deployment/app", f"app=registry.local/app:{tag}"])
    out = run(["kubectl", "rollout", "status", "deployment/app", "--timeout=120s"])
    click.echo(out)


if __name__ == "__main__":
    sys.exit(deploy())
