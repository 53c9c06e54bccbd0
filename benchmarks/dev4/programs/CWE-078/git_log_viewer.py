import re
import subprocess

import click

BRANCH_RE = re.compile(r"^[A-Za-z0-9._/-]+$")


def recent_commits(repo, branch, limit):
    if not BRANCH_RE.match(branch) or branch.startswith("-"):
        raise click.BadParameter("invalid branch name")
    proc = subprocess.run(
        ["git", "-C", repo, "log", "--oneline", f"-n{limit}", branch, "--"],
        capture_output=True,
        text=True,
        check=False,
    )
    if proc.returncode != 0:
        raise click.ClickException(proc.stderr.strip())
    return proc.stdout.splitlines()


@click.command()
@click.option("--repo", default=".", type=click.Path(exists=True, file_okay=False))
@click.option("--branch", default="main")
@click.option("--limit", default=10, type=click.IntRange(1, 500))
def main(repo, branch, limit):
    for line in recent_commits(repo, branch, limit):
        click.echo(line)


if __name__ == "__main__":
    main()
