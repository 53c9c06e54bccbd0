"""Negative example for command-dispatch-without-state-check: the rule must not flag this."""
def dispatch(command, user, args, login, send_file, list_files, is_authenticated):
    if command == "login":
        login(user, args)
    elif command == "retrieve_file":
        if is_authenticated(user):
            send_file(user, args)
    elif command == "list_files":
        if is_authenticated(user):
            list_files(user, args)
