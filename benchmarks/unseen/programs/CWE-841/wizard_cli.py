import sys


class Installer:
    def __init__(self):
        self.license_accepted = False
        self.target = None

    def accept_license(self, answer):
        self.license_accepted = answer.strip().lower() == "yes"

    def choose_target(self, path):
        if not self.license_accepted:
            raise RuntimeError("license must be accepted first")
        self.target = path

    def install(self):
        if not self.license_accepted or self.target is None:
            raise RuntimeError("complete the previous steps first")
        print(f"installing into {self.target}")


if __name__ == "__main__":
    inst = Installer()
    inst.accept_license(input("Accept license? "))
    inst.choose_target(sys.argv[1] if len(sys.argv) > 1 else "/opt/tool")
    inst.install()
