"""Deploy a release tarball to the app servers."""
import subprocess
import sys

import click


class DeployError(RuntimeError):
    pass


def run(cmd):
    result = subprocess.run(cmd, capture_output=True, text=True)
    if result.returncode != 0:
        raise DeployError(f"{' '.join(cmd)} failed: {result.stderr.strip()}")
    return result.stdout


def deploy(host, tarball, release):
    run(["scp", tarball, f"{host}:/opt/app/releases/{release}.tar.gz"])
    run(["ssh", host, "mkdir", "-p", f"/opt/app/releases/{release}"])
    run(["ssh", host, "tar", "-xzf", f"/opt/app/releases/{release}.tar.gz",
         "-C", f"/opt/app/releases/{release}"])
    run(["ssh", host, "ln", "-sfn", f"/opt/app/releases/{release}", "/opt/app/current"])
    run(["ssh", host, "systemctl", "restart", "app"])


@click.command()
@click.argument("tarball", type=click.Path(exists=True))
@click.argument("release")
@click.option("--host", "hosts", multiple=True, required=True)
def main(tarball, release, hosts):
    for host in hosts:
        try:
            deploy(host, tarball, release)
        except DeployError as exc:
            click.echo(f"{host}: {exc}", err=True)
            sys.exit(1)
        click.echo(f"{host}: deployed {release}")


if __name__ == "__main__":
    main()
