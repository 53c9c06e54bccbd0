"""Worker that applies user-defined column transforms to uploaded CSV files."""
import csv
import io
import json


def build_transform(name, expression):
    source = (
        f"def {name}(row):\n"
        f"    return {expression}\n"
    )
    namespace = {}
    exec(compile(source, "<transform>", "exec"), {"__builtins__": __builtins__}, namespace)
    return namespace[name]


class TransformJob:
    def __init__(self, message):
        spec = json.loads(message)
        self.csv_text = spec["csv"]
        self.columns = spec["columns"]  # {"total": "float(row['qty']) * float(row['price'])"}

    def run(self):
        funcs = {col: build_transform(f"t_{i}", expr)
                 for i, (col, expr) in enumerate(self.columns.items())}
        out = io.StringIO()
        reader = csv.DictReader(io.StringIO(self.csv_text))
        fields = list(reader.fieldnames or []) + list(funcs)
        writer = csv.DictWriter(out, fieldnames=fields)
        writer.writeheader()
        for row in reader:
            for col, fn in funcs.items():
                row[col] = fn(row)
            writer.writerow(row)
        return out.getvalue()


def handle(message):
    return TransformJob(message).run()
