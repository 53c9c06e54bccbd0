"""Example tasks bundled with seccode (``tasks.jsonl``), written for this project; load them with
``seccode.tasks.load_tasks("examples")``. A package only so that the data file ships in the wheel."""
