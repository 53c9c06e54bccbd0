"""Negative example for unbounded-retry-loop: a prompt loop ends when the user answers."""


def ask_port():
    while True:
        try:
            return int(input("port: "))
        except ValueError:
            print("a number, please")
