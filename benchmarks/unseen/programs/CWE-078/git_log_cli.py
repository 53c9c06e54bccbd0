import argparse
import subprocess as sp


def recent_commits(repo: str, branch: str, count: int) -> list[str]:
    command = "git -C %s log --oneline -n %d %s" % (repo, count, branch)
    out = sp.check_output(command, shell=True, text=True)
    return out.splitlines()


def main() -> None:
    parser = argparse.ArgumentParser(description="show recent commits")
    parser.add_argument("branch")
    parser.add_argument("--repo", default=".")
    parser.add_argument("-n", type=int, default=10)
    args = parser.parse_args()
    for line in recent_commits(args.repo, args.branch, args.n):
        print(line)


if __name__ == "__main__":
    main()
