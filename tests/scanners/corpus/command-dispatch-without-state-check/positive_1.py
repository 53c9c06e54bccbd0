"""Positive example for command-dispatch-without-state-check: the rule must flag this."""
def dispatch(command, user, args, login, send_file, list_files):
    if command == "login":
        login(user, args)
    elif command == "retrieve_file":
        send_file(user, args)
    elif command == "list_files":
        list_files(user, args)
