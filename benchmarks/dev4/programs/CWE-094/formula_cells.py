import ast
import operator

OPS = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
    ast.USub: operator.neg,
}


class Sheet:
    def __init__(self):
        self.cells = {}

    def set(self, ref, formula):
        self.cells[ref] = formula

    def value(self, ref, depth=0):
        if depth > 50:
            raise ValueError("reference chain too deep")
        raw = self.cells.get(ref, "0")
        tree = ast.parse(raw, mode="eval")
        return self._eval(tree.body, depth)

    def _eval(self, node, depth):
        if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
            return node.value
        if isinstance(node, ast.Name):
            return self.value(node.id, depth + 1)
        if isinstance(node, ast.BinOp) and type(node.op) in OPS:
            return OPS[type(node.op)](self._eval(node.left, depth), self._eval(node.right, depth))
        if isinstance(node, ast.UnaryOp) and type(node.op) in OPS:
            return OPS[type(node.op)](self._eval(node.operand, depth))
        raise ValueError("unsupported expression")


if __name__ == "__main__":
    s = Sheet()
    for line in open("sheet.txt"):
        ref, _, formula = line.strip().partition("=")
        s.set(ref.strip(), formula.strip())
    for ref in s.cells:
        print(ref, s.value(ref))
